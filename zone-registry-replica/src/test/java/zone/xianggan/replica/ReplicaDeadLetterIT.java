package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.SampleCounties.county;
import static zone.xianggan.testsupport.ZoneEventAssertions.header;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import zone.xianggan.events.EventSources;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.ForeignEventException;
import zone.xianggan.platform.events.UnreadableEventException;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * A record the replica can never process (unreadable, foreign, a tombstone) is parked at once, unchanged, on
 * {@code registry.counties.v1.<group>.dlt}, with bounded headers saying why, and the records after it on its
 * partition are still applied; the operator lists and replays parked records. A record whose processing fails for
 * any other reason is retried until it passes, and nothing after it is skipped or parked.
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
    void anUnreadableRecordIsDeadLetteredAtOnceWithoutHoldingUpItsCounty() {
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
            assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_FQCN)).as("failure of %s", code)
                    .isEqualTo(UnreadableEventException.class.getName());
            assertThat(header(parked, "zone_dlt-reason")).isEqualTo("unreadable");
            assertThat(parked.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).isNull();
            assertThat(deliveries.deliveriesOf(sent.get(code))).as("deliveries of %s", code).isEqualTo(1);
        });
        assertThat(http.get("/api/v1/counties/430114").status()).isEqualTo(404);
        awaitDeadLetteredCountMatchesTheTopic();
    }

    @Test
    void anEventFromAnyoneButTheRegistryIsParkedAtOnceAsForeign() {
        CountySnapshot forged = county("430118", "县", "Forged by another service", "COUNTY");
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(RegistryTopic.eventOf(forged),
                EventSources.INDICATORS);

        RecordMetadata sent = registry.send(record);

        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent));
        assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(ForeignEventException.class.getName());
        assertThat(header(parked, "zone_dlt-reason")).isEqualTo("foreign");
        assertThat(deliveries.deliveriesOf(sent)).isEqualTo(1);
        assertThat(http.get("/api/v1/counties/430118").status()).isEqualTo(404);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Prometheus.scrape(http)
                .sum("zone_consumer_dead_lettered_total", "reason=\"foreign\"")).isGreaterThanOrEqualTo(1));
        awaitDeadLetteredCountMatchesTheTopic();
    }

    @Test
    void aRecordWhoseProcessingFailsHoldsUpItsPartitionUntilItPasses() {
        String failing = "360901";
        probe.breakFor(failing, () -> new CannotGetJdbcConnectionException("the database is down (a test's stand-in)"));
        RecordMetadata sent = registry.publish(county(failing, "县", "Waits for the database", "COUNTY"));
        String next = sameCountyPartitionAs(sent, 2);
        RecordMetadata after = registry.publish(county(next, "县", "After the failing one", "COUNTY"));
        assertThat(after.partition()).isEqualTo(sent.partition());

        await().atMost(WAIT).untilAsserted(() -> assertThat(deliveries.deliveriesOf(sent)).isGreaterThanOrEqualTo(4));
        assertThat(http.get("/api/v1/counties/" + next).status()).as("the partition waits").isEqualTo(404);
        assertThat(Prometheus.scrape(http).sum("zone_consumer_retries_total",
                "topic=\"" + Topics.REGISTRY_COUNTIES_V1 + "\"")).isGreaterThanOrEqualTo(3);

        probe.heal(failing);
        await().atMost(WAIT).until(() -> http.get("/api/v1/counties/" + next).status() == 200);
        assertThat(http.get("/api/v1/counties/" + failing).<String>json("$.nameEn")).isEqualTo("Waits for the database");
        assertThat(probe.changesOf(failing)).hasSize(1);
        assertThat(deadLetters.records()).noneMatch(deadLetterOf(sent));
    }

    @Test
    void aTombstoneIsParkedWithoutErasingItsCounty() {
        registry.publish(county("430119", "县", "Kept", "COUNTY"));
        await().atMost(WAIT).until(() -> http.get("/api/v1/counties/430119").status() == 200);

        RecordMetadata sent = registry.send(new ProducerRecord<>(Topics.REGISTRY_COUNTIES_V1, "430119", null));

        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent));
        assertThat(parked.value()).isNull();
        assertThat(header(parked, "zone_dlt-reason")).isEqualTo("tombstone");
        assertThat(http.get("/api/v1/counties/430119").<String>json("$.nameEn")).isEqualTo("Kept");
    }

    @Test
    void aRecordAsLargeAsTheTopicTakesCanStillBeParkedWithItsReason() {
        byte[] huge = ("{\"code\": \"430120\", \"padding\": \"" + "x".repeat(1_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = RegistryTopic.recordOf(RegistryTopic.eventOf(
                county("430120", "县", "Huge", "COUNTY")));
        ProducerRecord<String, byte[]> oversized = new ProducerRecord<>(record.topic(), null, record.key(), huge,
                record.headers());

        RecordMetadata sent = registry.send(oversized);

        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent));
        assertThat(parked.value()).isEqualTo(huge);
        assertThat(header(parked, "zone_dlt-reason")).isEqualTo("unreadable");
        int headerBytes = 0;
        for (Header header : parked.headers()) {
            headerBytes += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        assertThat(headerBytes).as("the parked record's headers").isLessThan(4096);
        registry.publish(county("430120", "县", "Readable after the huge one", "COUNTY"));
        await().atMost(WAIT).until(() -> http.get("/api/v1/counties/430120").status() == 200);
    }

    @Test
    void theOperatorReplaysAParkedRecordOnceItsCauseIsFixed() {
        String code = "360902";
        probe.breakFor(code, () -> new UnreadableEventException("a bug refuses a good snapshot (a test's stand-in)"));
        RecordMetadata sent = registry.publish(county(code, "县", "Parked by a bug", "COUNTY"));
        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, deadLetterOf(sent));
        String address = "/api/v1/dead-letters/" + DEAD_LETTERS + "/" + parked.partition() + "/" + parked.offset();
        ZoneHttp operator = http.as("zone-operator");

        assertThat(http.get("/api/v1/dead-letters").status()).as("a subscriber").isEqualTo(403);
        assertThat(http.post(address + "/replay", "").status()).as("a subscriber").isEqualTo(403);
        ZoneHttp.Response listed = operator.get("/api/v1/dead-letters?topic=" + Topics.REGISTRY_COUNTIES_V1
                + "&limit=1000");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.<List<String>>json("$[?(@.key == '" + code + "')].reason")).containsExactly("unreadable");
        assertThat(operator.post(address + "/replay", "").status()).as("not fixed yet").isEqualTo(409);

        probe.heal(code);
        ZoneHttp.Response replayed = operator.post(address + "/replay", "");

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.<String>json("$.outcome")).isEqualTo("replayed");
        assertThat(http.get("/api/v1/counties/" + code).<String>json("$.nameEn")).isEqualTo("Parked by a bug");
        assertThat(operator.get(address).<String>json("$.replayedBy")).isEqualTo("zone-operator");
        assertThat(operator.post(address + "/replay", "").status()).as("a second replay changes nothing")
                .isEqualTo(200);
        assertThat(probe.changesOf(code)).hasSize(1);
    }

    /** A county code, other than those tests use, whose records share {@code sent}'s partition. */
    private String sameCountyPartitionAs(RecordMetadata sent, int skip) {
        return IntStream.rangeClosed(10, 99).mapToObj(n -> "3609%02d".formatted(n))
                .filter(code -> registry.partitionOf(code) == sent.partition()).skip(skip).findFirst().orElseThrow();
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
