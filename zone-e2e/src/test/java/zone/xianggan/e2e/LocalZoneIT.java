package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zone.xianggan.localstack.LocalZone;

/**
 * The launcher stopped while it starts: nothing it launched may outlive it. A whole start and stop, with every
 * process checked gone, is in {@link ZoneEndToEndIT}. Here rather than in local-stack because the reactor builds
 * local-stack before the services, and only this module runs after their exec jars exist.
 */
class LocalZoneIT {

    @TempDir
    Path dataDir;

    /** Ctrl-C while it starts (making the start-up caches, then Kafka and the services): nothing may outlive it. */
    @Test
    void closingWhileItStartsLeavesNoProcessBehind() throws Exception {
        LocalZone zone = new LocalZone(LocalZones.settings(dataDir).withStartupCaches(true));
        CompletableFuture<LocalZone> starting = CompletableFuture.supplyAsync(zone::start);
        await().atMost(Duration.ofMinutes(1)).until(() -> ProcessHandle.current().children().findAny().isPresent());

        zone.close();

        assertThatThrownBy(starting::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(ProcessHandle.current().children()).as("processes left behind").isEmpty();
    }
}
