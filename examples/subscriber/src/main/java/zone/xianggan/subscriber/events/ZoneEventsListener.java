package zone.xianggan.subscriber.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.subscriber.tables.EventApplier;
import zone.xianggan.subscriber.tables.Outcome;

/**
 * Follows the two topics in the agency's consumer group and applies each record to the tables. Spring Kafka commits
 * a record's offset only after it was applied (or parked), so a crash in between delivers it again, which
 * {@link EventApplier} makes harmless.
 */
@Component
class ZoneEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ZoneEventsListener.class);

    private final EventApplier applier;

    ZoneEventsListener(EventApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(topics = { Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_VALUES_V1 })
    void on(ConsumerRecord<String, byte[]> record) {
        ZoneEvent event = ZoneEventReader.read(record);
        Outcome outcome = switch (event.data()) {
            case CountySnapshot county -> applier.county(event.id(), county);
            case ReportedValue value -> applier.value(event.id(), value);
            default -> throw new UnprocessableEventException("this subscriber keeps no " + event.type().ceType());
        };
        log.info("{} {} (key {}): {}", event.type().ceType(), event.id(), record.key(), outcome);
    }
}
