package zone.xianggan.cooperation.indicator.messaging;

import java.util.Map;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import zone.xianggan.cooperation.indicator.application.ReplicatingIndicators;
import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.platform.events.ReceivedEvent;
import zone.xianggan.platform.replica.ReplicaListener;

/**
 * Takes the indicator events: the catalogue from {@code indicators.catalogue.v1} (key: indicator code) and reported
 * values from {@code indicators.values.v1} (key: county code). Each record is applied as it arrives, with no polling
 * interval of this service's own, so a value shows in the outcome views as soon as Kafka delivers it. A record that
 * cannot be read goes to the dead-letter topic at once; one whose processing keeps failing after the platform's
 * retries. When the service holds nothing of a topic (a new database), it reads that topic from its beginning.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IndicatorEventsListener extends ReplicaListener {

    static final String CATALOGUE_LISTENER = "indicator-catalogue";
    static final String VALUES_LISTENER = "indicator-values";

    private final ReplicatingIndicators replicating;

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

    @Override
    protected boolean holdsNothingOf(String topic) {
        return Topics.INDICATORS_CATALOGUE_V1.equals(topic) ? replicating.catalogueIsEmpty()
                : Topics.INDICATORS_VALUES_V1.equals(topic) && replicating.valuesAreEmpty();
    }

    private void applyCatalogue(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent<IndicatorSnapshot> event = read(record, IndicatorSnapshot.class, IndicatorSnapshot::code);
        replicating.define(event.data(), event.id());
    }

    private void applyValue(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent<ReportedValue> event = read(record, ReportedValue.class, ReportedValue::countyCode);
        replicating.report(event.data(), event.id());
    }
}
