package zone.xianggan.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** Enables {@link EnabledWithDocker} tests only where a Docker engine answers, and says once when there is none. */
class DockerCondition implements ExecutionCondition {

    private static final AtomicBoolean SAID = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        String reason = "No Docker engine answers here: the Testcontainers tests (real Kafka and PostgreSQL "
                + "containers) are skipped.";
        if (SAID.compareAndSet(false, true)) {
            System.out.println("[containers] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    private static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
