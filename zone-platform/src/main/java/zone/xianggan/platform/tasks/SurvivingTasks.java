package zone.xianggan.platform.tasks;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs each turn of a task that repeats (the outbox relay, a scheduled check) so that nothing it throws, not even an
 * {@link Error} such as {@link OutOfMemoryError}, ends the schedule: a periodic executor silently cancels a task
 * whose turn throws. Every failure is logged and counted as {@code zone_task_failures_total{task}}.
 */
@RequiredArgsConstructor
public final class SurvivingTasks {

    private static final Logger log = LoggerFactory.getLogger(SurvivingTasks.class);

    private final MeterRegistry meters;

    /** {@code turn}, which from now on returns normally whatever happens inside it. */
    public Runnable guard(String task, Runnable turn) {
        return () -> {
            try {
                turn.run();
            } catch (Throwable failure) {
                failed(task, failure);
            }
        };
    }

    /** Records a failure the task caught itself (and survives). */
    public void failed(String task, Throwable failure) {
        try {
            Counter.builder("zone.task.failures")
                    .description("Turns of a repeating task that failed; the task goes on")
                    .tag("task", task)
                    .register(meters)
                    .increment();
            log.error("Task {} failed; it will run again at its next turn", task, failure);
        } catch (Throwable whileRecording) {
            // Out of memory, say: the schedule matters more than the record of the failure.
        }
    }
}
