package zone.xianggan.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a service may not use a start-up cache. The caches made from the real services' jars, and the services
 * started from them, are exercised by every test that starts the local zone (zone-e2e).
 */
class StartupCacheTest {

    @TempDir
    Path projectRoot;

    private Path jar;

    @BeforeEach
    void aBuiltJar() throws IOException {
        jar = ServiceProcess.Kind.REGISTRY.jar(projectRoot);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not a Spring Boot jar");
    }

    @Test
    void withoutACacheTheServiceStartsFromItsJar() {
        StartupCache cache = new StartupCache(ServiceProcess.Kind.REGISTRY, projectRoot, List.of("-Xmx160m"));

        assertThat(cache.isCurrent()).isFalse();
        assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());
    }

    @Test
    void aFailedTrainingLeavesOnlyItsReason() {
        StartupCache cache = new StartupCache(ServiceProcess.Kind.REGISTRY, projectRoot, List.of("-Xmx160m"));

        String failure = cache.create(ManagedProcess::start);

        assertThat(failure).contains("extract").contains("failed");
        assertThat(cache.isCurrent()).isFalse();
        assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());
    }

    @Test
    void aCacheMadeWithOtherOptionsOrFromAnotherBuildIsNotUsed() throws IOException {
        StartupCache made = new StartupCache(ServiceProcess.Kind.REGISTRY, projectRoot, List.of("-Xmx160m"));
        Path directory = jar.resolveSibling("startup-cache");
        Files.createDirectories(directory.resolve("application"));
        Files.writeString(directory.resolve("application").resolve(jar.getFileName()), "extracted");
        Files.writeString(directory.resolve(Runtime.version().feature() >= 25 ? "classes.aot" : "classes.jsa"),
                "archive");
        made.markComplete();
        assertThat(made.isCurrent()).isTrue();

        assertThat(new StartupCache(ServiceProcess.Kind.REGISTRY, projectRoot, List.of("-Xmx200m")).isCurrent())
                .as("other JVM options").isFalse();
        Files.writeString(jar, "rebuilt: a jar of another size");
        assertThat(made.isCurrent()).as("another build of the jar").isFalse();
    }
}
