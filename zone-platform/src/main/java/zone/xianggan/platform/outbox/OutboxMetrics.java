package zone.xianggan.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import zone.xianggan.platform.events.OutgoingEvent;

/**
 * What operators watch of the outbox, at {@code /actuator/prometheus}: {@code zone_outbox_backlog},
 * {@code zone_outbox_oldest_pending_age_seconds}, {@code zone_outbox_published_total},
 * {@code zone_outbox_publish_failures_total} and {@code zone_outbox_publication_delay_seconds}.
 */
class OutboxMetrics {

    private final Counter appended;
    private final Counter published;
    private final Counter failures;
    private final Timer delay;

    OutboxMetrics(MeterRegistry registry, OutboxRepository repository, Clock clock) {
        Gauge.builder("zone.outbox.backlog", repository, OutboxRepository::countPending)
                .description("Events stored but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("zone.outbox.oldest.pending.age", repository, r -> r.oldestPending()
                        .map(oldest -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0)
                        .orElse(0.0))
                .description("Age of the oldest event not yet acknowledged by Kafka")
                .baseUnit("seconds")
                .register(registry);
        appended = Counter.builder("zone.outbox.appended")
                .description("Events committed to the outbox with the changes they report")
                .register(registry);
        published = Counter.builder("zone.outbox.published")
                .description("Events acknowledged by Kafka")
                .register(registry);
        failures = Counter.builder("zone.outbox.publish.failures")
                .description("Attempts to publish that failed and will be retried")
                .register(registry);
        delay = Timer.builder("zone.outbox.publication.delay")
                .description("Time from the change to Kafka's acknowledgement of its event")
                .register(registry);
    }

    void appended(int events) {
        appended.increment(events);
    }

    void published(OutgoingEvent event, Instant acknowledgedAt) {
        published.increment();
        delay.record(Duration.between(event.occurredAt(), acknowledgedAt));
    }

    void failed() {
        failures.increment();
    }
}
