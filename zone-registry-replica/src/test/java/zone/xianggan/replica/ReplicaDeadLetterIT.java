package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.Counties.county;
import static zone.xianggan.testsupport.ZoneEventAssertions.header;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import zone.xianggan.events.EventSources;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.ForeignEventException;
import zone.xianggan.platform.events.UnreadableEventException;
import zone.xianggan.platform.kafka.ZoneKafkaProperties;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * A record the replica cannot process is parked, unchanged, on {@code registry.counties.v1.<group>.dlt} — at once
 * if it cannot be read, after the configured retries if its processing keeps failing — and the records after it on
 * its partition are still applied.
 */
@ZoneServiceTest
@TestPropertySource(properties = "spring.application.name=" + ReplicaDeadLetterIT.GROUP)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaDeadLetterIT {

    static final String GROUP = "replica-dead-letters";
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.REGISTRY_COUNTIES_V1, GROUP);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    DeliveryCounter deliveries;

    @Autowired
    ReplicationProbe probe;

    @Autowired
    ZoneKafkaProperties kafkaSettings;

    @LocalServerPort
    int port;

    ZoneHttp http;
    RegistryTopic registry;
    TopicRecorder deadLetters;

    @BeforeAll
    void connect() {
        http = ZoneHttp.at("http://localhost:" + port);
        registry = RegistryTopic.at(kafka.getBrokersAsString());
        deadLetters = TopicRecorder.record(kafka.getBrokersAsString(), DEAD_LETTERS);
    }

    @AfterAll
    void disconnect() {
        deadLetters.close();
        registry.close();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAtOnceAndTheNextRecordOfItsCountyIsApplied() {
        Map<String, ProducerRecord<String, byte[]>> unreadable = new LinkedHashMap<>();
        // not a CloudEvent at all
        unreadable.put("430111", new ProducerRecord<>(Topics.REGISTRY_COUNTIES_V1, "430111",
                "no envelope at all".getBytes(StandardCharsets.UTF_8)));
        // a CloudEvent whose data is not JSON
        unreadable.put("430112", RegistryTopic.recordOf(RegistryTopic.eventWithData("430112", "{\"code\": \"4301")));
        // keyed by another county than the one its data describes
        unreadable.put("430113", RegistryTopic.recordOf(RegistryTopic.eventWithData("430113",
                EventJson.writeString(county("430114", "县", "Not the key's county", "COUNTY")))));
        // a type the zone does not know
        ProducerRecord<String, byte[]> unknownType = RegistryTopic.recordOf(RegistryTopic.eventOf(
                county("430115", "县", "Of an unknown type", "COUNTY")));
        unknownType.headers().remove("ce_type").add("ce_type",
                "zone.registry.county.moved.v1".getBytes(StandardCharsets.UTF_8));
        unreadable.put("430115", unknownType);
        // JSON that lacks most of a snapshot
        unreadable.put("430116", RegistryTopic.recordOf(RegistryTopic.eventWithData("430116",
                "{\"code\": \"430116\", \"version\": 1}")));
        // a complete snapshot the schema refuses: a kind that does not exist
        unreadable.put("430117", RegistryTopic.recordOf(RegistryTopic.eventWithData("430117",
                EventJson.writeString(county("430117", "乡", "Of a kind the schema does not know", "TOWNSHIP")))));

        Map<String, RecordMetadata> sent = new LinkedHashMap<>();
        unreadable.forEach((code, record) -> {
            sent.put(code, registry.send(record));
            registry.publish(county(code, "县", "Readable " + code, "COUNTY"));
        });

        unreadable.forEach((code, original) -> {
            await().atMost(WAIT).until(() -> http.get("/api/v1/counties/" + code).status() == 200);
            assertThat(http.get("/api/v1/counties/" + code).<String>json("$.nameEn")).isEqualTo("Readable " + code);
            ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent.get(code)));
            assertThat(parked.key()).isEqualTo(code);
            assertThat(parked.value()).as("the original bytes of %s", code).isEqualTo(original.value());
            assertCarriesOriginalHeaders(parked, original);
            assertThat(header(parked, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo(GROUP);
            assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).as("failure of %s", code)
                    .isEqualTo(UnreadableEventException.class.getName());
            assertThat(deliveries.deliveriesOf(sent.get(code))).as("deliveries of %s", code).isEqualTo(1);
        });
        assertThat(http.get("/api/v1/counties/430114").status()).isEqualTo(404);
        awaitDeadLetteredCountMatchesTheTopic();
    }

    @Test
    void anEventFromAnyoneButTheRegistryIsParkedAtOnceAndCountedAsForeign() {
        CountySnapshot forged = county("430118", "县", "Forged by another service", "COUNTY");
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(RegistryTopic.eventOf(forged),
                EventSources.INDICATORS);

        RecordMetadata sent = registry.send(record);

        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent));
        assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(ForeignEventException.class.getName());
        assertThat(deliveries.deliveriesOf(sent)).isEqualTo(1);
        assertThat(http.get("/api/v1/counties/430118").status()).isEqualTo(404);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Prometheus.scrape(http)
                .sum("zone_consumer_dead_lettered_total", "reason=\"foreign\"")).isGreaterThanOrEqualTo(1));
        awaitDeadLetteredCountMatchesTheTopic();
    }

    @Test
    void aRecordWhoseProcessingKeepsFailingIsRetriedThenDeadLetteredAndItsPartitionMovesOn() {
        CountySnapshot failing = county(ReplicationProbe.FAILING_CODE, "县", "Always failing", "COUNTY");
        OutgoingEvent event = RegistryTopic.eventOf(failing);
        RecordMetadata sent = registry.publish(event);
        String next = IntStream.rangeClosed(1, 99).mapToObj(n -> "3609%02d".formatted(n))
                .filter(code -> registry.partitionOf(code) == sent.partition()).findFirst().orElseThrow();
        RecordMetadata after = registry.publish(county(next, "县", "After the failing one", "COUNTY"));
        assertThat(after.partition()).isEqualTo(sent.partition());

        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent));
        await().atMost(WAIT).until(() -> http.get("/api/v1/counties/" + next).status() == 200);

        assertThat(parked.key()).isEqualTo(ReplicationProbe.FAILING_CODE);
        assertThat(parked.value()).isEqualTo(event.data());
        assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(IllegalStateException.class.getName());
        assertThat(deliveries.deliveriesOf(sent)).isEqualTo(1 + kafkaSettings.retryAttempts());
        assertThat(http.get("/api/v1/counties/" + ReplicationProbe.FAILING_CODE).status())
                .as("the failed transaction stored nothing").isEqualTo(404);
        assertThat(probe.changesOf(ReplicationProbe.FAILING_CODE)).isEmpty();
        awaitDeadLetteredCountMatchesTheTopic();
    }

    /** Every record parked on the dead-letter topic is counted once in {@code zone_consumer_dead_lettered_total}. */
    private void awaitDeadLetteredCountMatchesTheTopic() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(Prometheus.scrape(http)
                .sum("zone_consumer_dead_lettered_total", "topic=\"" + Topics.REGISTRY_COUNTIES_V1 + "\""))
                .isEqualTo(deadLetters.records().size()));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> deadLetterOf(RecordMetadata sent) {
        return record -> record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET) != null
                && header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC).equals(sent.topic())
                && toLong(record, KafkaHeaders.DLT_ORIGINAL_OFFSET) == sent.offset()
                && toInt(record, KafkaHeaders.DLT_ORIGINAL_PARTITION) == sent.partition();
    }

    private static void assertCarriesOriginalHeaders(ConsumerRecord<String, byte[]> parked,
            ProducerRecord<String, byte[]> original) {
        for (Header header : original.headers()) {
            Header kept = parked.headers().lastHeader(header.key());
            assertThat(kept).as("header %s", header.key()).isNotNull();
            assertThat(kept.value()).as("header %s", header.key()).isEqualTo(header.value());
        }
    }

    private static long toLong(ConsumerRecord<?, ?> record, String header) {
        return ByteBuffer.wrap(record.headers().lastHeader(header).value()).getLong();
    }

    private static int toInt(ConsumerRecord<?, ?> record, String header) {
        return ByteBuffer.wrap(record.headers().lastHeader(header).value()).getInt();
    }
}
