package zone.xianggan.cooperation.indicator.messaging;

import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

import zone.xianggan.cooperation.indicator.application.ReplicatingIndicators;
import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.ReceivedEvent;
import zone.xianggan.platform.events.UnreadableEventException;
import zone.xianggan.platform.kafka.TopicConsumer;

/**
 * Takes the indicator events: the catalogue from {@code indicators.catalogue.v1} (key: indicator code) and reported
 * values from {@code indicators.values.v1} (key: county code). Each record is applied as it arrives, with no polling
 * interval of this service's own, so a value shows in the outcome views as soon as Kafka delivers it. A record that
 * cannot be read goes to the dead-letter topic at once; one whose processing keeps failing after the platform's
 * retries. When the service holds nothing of a topic (a new database), it reads that topic from its beginning.
 */
@Component
class IndicatorEventsListener extends AbstractConsumerSeekAware implements TopicConsumer {

    static final String CATALOGUE_LISTENER = "indicator-catalogue";
    static final String VALUES_LISTENER = "indicator-values";
    private static final Logger log = LoggerFactory.getLogger(IndicatorEventsListener.class);

    private final ReplicatingIndicators replicating;

    IndicatorEventsListener(ReplicatingIndicators replicating) {
        this.replicating = replicating;
    }

    /** {@code idIsGroup = false}: the id names the container; the consumer group stays the service's own. */
    @KafkaListener(id = CATALOGUE_LISTENER, idIsGroup = false, topics = Topics.INDICATORS_CATALOGUE_V1)
    void onCatalogue(ConsumerRecord<String, byte[]> record) {
        applyCatalogue(record);
    }

    @KafkaListener(id = VALUES_LISTENER, idIsGroup = false, topics = Topics.INDICATORS_VALUES_V1)
    void onValue(ConsumerRecord<String, byte[]> record) {
        applyValue(record);
    }

    @Override
    public Map<String, Consumer<ConsumerRecord<String, byte[]>>> handlers() {
        return Map.of(Topics.INDICATORS_CATALOGUE_V1, this::applyCatalogue, Topics.INDICATORS_VALUES_V1,
                this::applyValue);
    }

    private void applyCatalogue(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent<?> event = CloudEventRecords.read(record);
        IndicatorSnapshot indicator = dataOf(event, record, IndicatorSnapshot.class);
        requireKey(record, indicator.code(), "indicator code");
        replicating.define(indicator, event.id());
    }

    private void applyValue(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent<?> event = CloudEventRecords.read(record);
        ReportedValue value = dataOf(event, record, ReportedValue.class);
        requireKey(record, value.countyCode(), "county code");
        replicating.report(value, event.id());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        Set<TopicPartition> fromStart = assignments.keySet().stream()
                .filter(partition -> Topics.INDICATORS_CATALOGUE_V1.equals(partition.topic())
                        ? replicating.catalogueIsEmpty()
                        : Topics.INDICATORS_VALUES_V1.equals(partition.topic()) && replicating.valuesAreEmpty())
                .collect(Collectors.toSet());
        if (!fromStart.isEmpty()) {
            log.info("Nothing held yet of {}: reading from the beginning", fromStart);
            callback.seekToBeginning(fromStart);
        }
    }

    private static <T> T dataOf(ReceivedEvent<?> event, ConsumerRecord<String, byte[]> record, Class<T> type) {
        if (!type.isInstance(event.data())) {
            throw new UnreadableEventException(event.type().ceType() + " does not belong on " + record.topic());
        }
        return type.cast(event.data());
    }

    private static void requireKey(ConsumerRecord<String, byte[]> record, String expected, String what) {
        if (!expected.equals(record.key())) {
            throw new UnreadableEventException("record key " + record.key() + " is not the " + what + " "
                    + expected + " its data names");
        }
    }
}
