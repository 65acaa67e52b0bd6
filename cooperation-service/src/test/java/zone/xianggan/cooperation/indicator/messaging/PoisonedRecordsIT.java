package zone.xianggan.cooperation.indicator.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

import zone.xianggan.cooperation.CooperationServiceIT;
import zone.xianggan.cooperation.Feeds;
import zone.xianggan.cooperation.ProjectRequests;
import zone.xianggan.events.EventSources;
import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.testsupport.TopicRecorder;

/**
 * Every kind of record that can never be processed, on each topic the service consumes besides the registry's (whose
 * replica has its own suite): each is parked at once with its reason, the next good record of the same key is taken,
 * the service stays ready, and the operator sees what was parked.
 */
class PoisonedRecordsIT extends CooperationServiceIT {

    @Test
    void poisonedCatalogueRecordsAreParkedWithoutHoldingUpTheNextDefinition() {
        String code = "POISONED_CATALOGUE";
        OutgoingEvent good = Feeds.definitionEvent(EventType.INDICATOR_DEFINED, code,
                Feeds.sum(code, "INFRASTRUCTURE_CONNECTIVITY"));

        Map<String, RecordMetadata> parked = sendEveryPoison(Topics.INDICATORS_CATALOGUE_V1, code, good);
        feeds.define(Feeds.sum(code, "INFRASTRUCTURE_CONNECTIVITY"));

        await().atMost(WAIT).until(() -> reader.get("/api/v1/indicators/" + code).status() == 200);
        assertParked(Topics.INDICATORS_CATALOGUE_V1, parked);
    }

    @Test
    void poisonedValueRecordsAreParkedWithoutHoldingUpTheNextValue() {
        String county = "360881";
        String project = propose(ProjectRequests.proposal("BUS_LINES", county, "430181"));
        OutgoingEvent good = feeds.valueEvent(county, "BUS_LINES", "2026", "5", 1);

        Map<String, RecordMetadata> parked = sendEveryPoison(Topics.INDICATORS_VALUES_V1, county, good);
        feeds.report(county, "BUS_LINES", "2026", "5", 1);

        await().atMost(WAIT).until(() -> http.get("/api/v1/projects/" + project + "/outcomes")
                .json("$.outcomes[0].latest") != null);
        assertParked(Topics.INDICATORS_VALUES_V1, parked);
    }

    /** One record of each kind, keyed {@code key}: what each was sent as, by the reason it must be parked for. */
    private Map<String, RecordMetadata> sendEveryPoison(String topic, String key, OutgoingEvent good) {
        ProducerRecord<String, byte[]> valid = CloudEventRecords.toRecord(good, EventSources.INDICATORS);
        Map<String, Function<ProducerRecord<String, byte[]>, ProducerRecord<String, byte[]>>> poisons =
                new LinkedHashMap<>();
        poisons.put("unreadable: not a CloudEvent", record -> new ProducerRecord<>(topic, key,
                "no envelope at all".getBytes(StandardCharsets.UTF_8)));
        poisons.put("unreadable: an unknown type", record -> withHeader(record, "ce_type",
                "zone.indicators.value.moved.v1"));
        poisons.put("unreadable: data that breaks the schema", record -> new ProducerRecord<>(topic, null, key,
                "{\"code\": 1}".getBytes(StandardCharsets.UTF_8), record.headers()));
        poisons.put("unreadable: a key its data contradicts", record -> new ProducerRecord<>(topic, null,
                key + "X", record.value(), record.headers()));
        poisons.put("unreadable: a record of a megabyte", record -> new ProducerRecord<>(topic, null, key,
                ("\"" + "x".repeat(1_000_000) + "\"").getBytes(StandardCharsets.UTF_8), record.headers()));
        poisons.put("foreign: another service's source", record -> withHeader(record, "ce_source",
                EventSources.REGISTRY.toString()));
        poisons.put("tombstone: no value", record -> new ProducerRecord<>(topic, key, null));

        Map<String, RecordMetadata> sent = new LinkedHashMap<>();
        poisons.forEach((kind, poison) -> sent.put(kind, feeds.send(poison.apply(copy(valid)))));
        return sent;
    }

    private void assertParked(String topic, Map<String, RecordMetadata> sent) {
        try (TopicRecorder deadLetters = TopicRecorder.record(kafka.getBrokersAsString(),
                Topics.deadLetter(topic, "cooperation-service"))) {
            sent.forEach((kind, metadata) -> {
                ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, record -> isCopyOf(record,
                        metadata));
                assertThat(new String(parked.headers().lastHeader("zone_dlt-reason").value(),
                        StandardCharsets.UTF_8)).as(kind).isEqualTo(kind.substring(0, kind.indexOf(':')));
            });
        }
        assertThat(reader.get("/actuator/health/readiness").status()).isEqualTo(200);
        List<Integer> offsets = http.as("zone-operator").get("/api/v1/dead-letters?limit=1000&topic=" + topic)
                .json("$[*].originalOffset");
        assertThat(offsets).containsAll(sent.values().stream().map(metadata -> (int) metadata.offset()).toList());
    }

    private static boolean isCopyOf(ConsumerRecord<String, byte[]> record, RecordMetadata sent) {
        Header offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
        Header partition = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
        return offset != null && partition != null && ByteBuffer.wrap(offset.value()).getLong() == sent.offset()
                && ByteBuffer.wrap(partition.value()).getInt() == sent.partition();
    }

    private static ProducerRecord<String, byte[]> withHeader(ProducerRecord<String, byte[]> record, String key,
            String value) {
        record.headers().remove(key).add(key, value.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ProducerRecord<String, byte[]> copy(ProducerRecord<String, byte[]> record) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(), null, record.key(),
                record.value());
        record.headers().forEach(header -> copy.headers().add(header.key(), header.value()));
        return copy;
    }
}
