package zone.xianggan.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class SurvivingTasksTest {

    @Test
    void aPeriodicTaskGoesOnAfterACountedFailure() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AtomicInteger turns = new AtomicInteger();
        Runnable turn = new SurvivingTasks(meters).guard("relay", () -> {
            if (turns.incrementAndGet() <= 2) {
                throw new OutOfMemoryError("a test's stand-in");
            }
        });
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            executor.scheduleWithFixedDelay(turn, 0, 10, TimeUnit.MILLISECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> turns.get() >= 5);
        } finally {
            executor.shutdownNow();
        }
        assertThat(meters.get("zone.task.failures").tag("task", "relay").counter().count()).isEqualTo(2);
    }
}
