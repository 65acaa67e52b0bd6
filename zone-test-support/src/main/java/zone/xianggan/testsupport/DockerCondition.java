package zone.xianggan.testsupport;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.TestcontainersConfiguration;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;

/**
 * Enables {@link EnabledWithDocker} tests only where a Docker engine answers and has, or can fetch, every image they
 * and Testcontainers' own helpers need; says once, in one line, why they are skipped otherwise. Left to itself,
 * Testcontainers retries an image no registry gives for minutes in every test class (its Ryuk reaper's, where no
 * public registry answers, as on the zone's build machines).
 */
class DockerCondition implements ExecutionCondition {

    /** How long the images may take to arrive, all together: a reachable registry gives them well within it. */
    private static final Duration PULL_WAIT = Duration.ofSeconds(30);

    private static ConditionEvaluationResult verdict;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return verdict();
    }

    private static synchronized ConditionEvaluationResult verdict() {
        if (verdict == null) {
            String missing = whatIsMissing();
            if (missing == null) {
                verdict = ConditionEvaluationResult.enabled("a Docker engine answers and has the images");
            } else {
                String reason = missing + ": the Testcontainers tests (real Kafka and PostgreSQL containers) are "
                        + "skipped.";
                System.out.println("[containers] " + reason);
                verdict = ConditionEvaluationResult.disabled(reason);
            }
        }
        return verdict;
    }

    /** What keeps the tests from running, or null. */
    private static String whatIsMissing() {
        DockerClient engine = engine();
        if (engine == null) {
            return "No Docker engine answers here";
        }
        List<String> absent = new ArrayList<>();
        long deadline = System.nanoTime() + PULL_WAIT.toNanos();
        for (DockerImageName image : List.of(ContainerImages.kafka(), ContainerImages.postgres())) {
            if (!present(engine, image) && !pulled(engine, image, deadline)) {
                absent.add(image.asCanonicalNameString());
            }
        }
        // Testcontainers' own helpers: their exact tags are its own, so any image of theirs here will do, or a
        // registry that gives one (it will then give the tag Testcontainers asks for too).
        for (DockerImageName helper : helpersNeeded()) {
            if (!anyHere(engine, helper) && !pulled(engine, helper, deadline)) {
                absent.add(helper.getUnversionedPart());
            }
        }
        if (absent.isEmpty()) {
            return null;
        }
        return "The Docker engine answers but has no " + String.join(", ", absent) + ", and no registry gave "
                + (absent.size() == 1 ? "it" : "them") + " within " + PULL_WAIT.toSeconds() + " s (where none "
                + "answers: docker/build-local-images.sh, then the variables of docker/local-images.env and "
                + "TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true, as .ci/docker-and-browser.sh "
                + "does)";
    }

    /** The Ryuk reaper's image and the start-up checks' one, unless they are turned off. */
    private static List<DockerImageName> helpersNeeded() {
        TestcontainersConfiguration configuration = TestcontainersConfiguration.getInstance();
        List<DockerImageName> helpers = new ArrayList<>();
        if (!Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            helpers.add(DockerImageName.parse(configuration.getRyukImage()));
        }
        if (!configuration.isDisableChecks()) {
            helpers.add(DockerImageName.parse(configuration.getTinyImage()));
        }
        return helpers;
    }

    private static boolean anyHere(DockerClient engine, DockerImageName image) {
        return !engine.listImagesCmd().withReferenceFilter(image.getUnversionedPart()).exec().isEmpty();
    }

    private static boolean present(DockerClient engine, DockerImageName image) {
        try {
            engine.inspectImageCmd(image.asCanonicalNameString()).exec();
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    private static boolean pulled(DockerClient engine, DockerImageName image, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        Pull pull = new Pull();
        try {
            engine.pullImageCmd(image.getUnversionedPart()).withTag(image.getVersionPart()).exec(pull);
            return pull.awaitCompletion(left, TimeUnit.NANOSECONDS) && !pull.refused && present(engine, image);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** A pull whose refusal is an answer here, not an error for docker-java to log with its stack trace. */
    private static final class Pull extends ResultCallback.Adapter<PullResponseItem> {

        private volatile boolean refused;

        @Override
        public void onError(Throwable throwable) {
            refused = true;
            try {
                close();
            } catch (IOException ignored) {
                // closing only ends the wait
            }
        }
    }

    /**
     * A client of the engine, or null where none answers. Not DockerClientFactory's own client: asking for it (as its
     * isDockerAvailable does) starts the Ryuk reaper, whose image is among those looked for here.
     */
    private static DockerClient engine() {
        try {
            DockerClient engine = DockerClientProviderStrategy.getClientForConfig(
                    DockerClientFactory.instance().getTransportConfig());
            engine.pingCmd().exec();
            return engine;
        } catch (RuntimeException | LinkageError noDocker) {
            return null;
        }
    }
}
