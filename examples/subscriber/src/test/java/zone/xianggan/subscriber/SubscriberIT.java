package zone.xianggan.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.localstack.AgencyCredentials;
import zone.xianggan.localstack.FreePorts;
import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ServiceProcess;
import zone.xianggan.testsupport.ProjectRoot;
import zone.xianggan.testsupport.TestDatabase;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The kit as an agency runs it: a whole local zone (its broker admitting agencies only), a subscriber agency the zone
 * office registers, and the kit, started with that agency's credentials, keeping its tables in a PostgreSQL database
 * of its own. The tests build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriberIT {

    private static final String AGENCY = "provincial-statistics";
    private static final String GROUP = AGENCY + ".tables";
    private static final List<String> TOPICS = List.of(Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_VALUES_V1);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    TestDatabase database;
    LocalZoneSettings settings;
    LocalZone zone;
    String secret;
    ConfigurableApplicationContext subscriber;
    JdbcClient tables;

    @BeforeAll
    void startTheZoneWithASubscriberAgency() {
        database = postgresDatabaseOrSkip();
        tables = JdbcClient.create(new DriverManagerDataSource(database.url(), database.username(),
                database.password()));
        settings = zoneSettings();
        zone = new LocalZone(settings).start();
        // A value is taken for a unit once indicators-service's replica of the registry holds it.
        await().atMost(PATIENCE).until(() -> http(ServiceProcess.Kind.INDICATORS).as("zone-office")
                .get("/api/v1/counties?limit=1000").<List<String>>json("$[*].code").size() == 24);
        ZoneHttp.Response registered = http(ServiceProcess.Kind.IDENTITY).as("zone-office").post("/api/v1/agencies",
                """
                {"id": "%s", "kind": "SUBSCRIBER", "nameZh": "省统计局", "nameEn": "Provincial Statistics Bureau",
                 "topics": ["registry.counties.v1", "indicators.values.v1"], "reason": "subscriber kit"}"""
                        .formatted(AGENCY));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        secret = registered.json("$.clientSecret");
        subscriber = startSubscriber();
    }

    @AfterAll
    void stopEverything() {
        if (subscriber != null) {
            subscriber.close();
        }
        if (zone != null) {
            zone.close();
        }
    }

    @Test
    @Order(1)
    void everyUnitOfTheZoneIsInTheCountiesTable() {
        await().atMost(PATIENCE).until(() -> count("counties") == 24);

        Map<String, Object> liuyang = tables.sql("SELECT * FROM counties WHERE code = '430181'").query().singleRow();
        assertThat(liuyang).containsEntry("name_zh", "浏阳市").containsEntry("version", 1L)
                .containsEntry("status", "ACTIVE").containsEntry("province_code", "430000");
    }

    @Test
    @Order(2)
    void aUnitChangedInTheRegistryIsUpdatedToItsNewVersion() {
        ZoneHttp.Response updated = http(ServiceProcess.Kind.REGISTRY).as("hunan-drc").put("/api/v1/counties/430181",
                """
                {"nameZh":"浏阳市","nameEn":"Liuyang City","kind":"COUNTY_LEVEL_CITY","reason":"subscriber kit"}""",
                "If-Match", "\"1\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                tables.sql("SELECT version, name_en FROM counties WHERE code = '430181'").query().singleRow())
                .containsEntry("version", 2L).containsEntry("name_en", "Liuyang City"));
    }

    @Test
    @Order(3)
    void aRevisedValueReplacesTheValueReportedFirst() {
        report("2025", "21500000", null);
        awaitValue("2025", 1);

        report("2025", "21800000", "final figure");

        Map<String, Object> revised = awaitValue("2025", 2);
        assertThat((BigDecimal) revised.get("value")).isEqualByComparingTo("21800000");
        assertThat((BigDecimal) revised.get("previous_value")).isEqualByComparingTo("21500000");
        assertThat(revised).containsEntry("reason", "final figure").containsEntry("reported_by", "liuyang");
    }

    /**
     * The agency stops the kit, rewinds its group to each topic's beginning (as a restart from a point in time does)
     * and starts it again: every record is delivered a second time, and the tables stay as they were.
     */
    @Test
    @Order(4)
    void everyRecordDeliveredAgainFromTheBeginningChangesNothing() throws Exception {
        String before = contentsOfTheTables();
        long processedBefore = count("processed_events");
        subscriber.close();

        try (Admin admin = Admin.create(kafkaClient(AGENCY, secret))) {
            Map<TopicPartition, OffsetAndMetadata> beginning = partitions(admin).stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> new OffsetAndMetadata(0)));
            // Until the broker has seen the stopped consumer leave, the group is not empty and may not be rewound.
            await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> admin
                    .alterConsumerGroupOffsets(GROUP, beginning).all().get(10, TimeUnit.SECONDS));
            subscriber = startSubscriber();
            awaitCaughtUp(admin);
        }

        assertThat(contentsOfTheTables()).isEqualTo(before);
        assertThat(count("processed_events")).isEqualTo(processedBefore);
    }

    @Test
    @Order(5)
    void aRecordThatBreaksItsSchemaIsParkedOnTheAgencysDeadLetterTopicWithoutHoldingUpTheNext() throws Exception {
        String badId = UUID.randomUUID().toString();
        String badData = """
                {"countyCode":"430181","indicatorCode":"RED_TOURISM_VISITS","period":"2025","value":"many"}""";
        publishAsTheIndicatorsService(badId, badData);
        report("2024", "19000000", null);

        awaitValue("2024", 1);
        assertThat((BigDecimal) awaitValue("2025", 2).get("value")).isEqualByComparingTo("21800000");
        String deadLetters = AGENCY + ".indicators.values.v1." + GROUP + ".dlt";
        try (TopicRecorder parked = TopicRecorder.recordAs(AGENCY, kafkaClient(AGENCY, secret),
                zone.kafka().bootstrapServers(), deadLetters)) {
            ConsumerRecord<String, byte[]> record = parked.awaitRecord(PATIENCE,
                    candidate -> badId.equals(ZoneEventAssertions.headerOrNull(candidate, "ce_id")));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(badData);
            assertThat(ZoneEventAssertions.header(record, "kafka_dlt-exception-message")).contains("breaks the schema");
        }
    }

    private void report(String period, String value, String reason) {
        ZoneHttp.Response reported = http(ServiceProcess.Kind.INDICATORS).as("liuyang").post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"RED_TOURISM_VISITS","period":"%s","value":%s%s}"""
                .formatted(period, value, reason == null ? "" : ",\"reason\":\"" + reason + "\""));
        assertThat(reported.status()).as(reported.toString()).isIn(200, 201);
    }

    private Map<String, Object> awaitValue(String period, int revision) {
        String query = "SELECT * FROM indicator_values WHERE county_code = '430181' "
                + "AND indicator_code = 'RED_TOURISM_VISITS' AND period = ?";
        await().atMost(PATIENCE).until(() -> tables.sql(query).param(period).query().listOfRows().stream()
                .anyMatch(row -> row.get("revision").equals(revision)));
        return tables.sql(query).param(period).query().singleRow();
    }

    private long count(String table) {
        return tables.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private String contentsOfTheTables() {
        return tables.sql("SELECT * FROM counties ORDER BY code").query().listOfRows().toString()
                + tables.sql("SELECT * FROM indicator_values ORDER BY county_code, indicator_code, period").query()
                        .listOfRows();
    }

    private static List<TopicPartition> partitions(Admin admin) throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
        return topics.values().stream().flatMap(topic -> topic.partitions().stream()
                .map(partition -> new TopicPartition(topic.name(), partition.partition()))).toList();
    }

    /** Until the group's committed offsets reach each partition's end: every record was processed again. */
    private static void awaitCaughtUp(Admin admin) throws Exception {
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(partitions(admin).stream().collect(Collectors.toMap(Function.identity(),
                partition -> OffsetSpec.latest()))).all().get(30, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            ends.forEach((partition, end) -> assertThat(committed.get(partition)).as(partition.toString())
                    .isNotNull().extracting(OffsetAndMetadata::offset).isEqualTo(end));
        });
    }

    /** A record only the topic's owner could write, with CloudEvent headers but data that breaks the schema. */
    private void publishAsTheIndicatorsService(String eventId, String data) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INDICATORS_VALUES_V1, "430181",
                data.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/xianggan/indicators-service",
                "ce_type", EventType.VALUE_REPORTED.ceType(), "ce_subject", "430181", "content-type",
                "application/json").forEach((name, value) -> record.headers().add(name,
                        value.getBytes(StandardCharsets.UTF_8)));
        String service = ServiceProcess.Kind.INDICATORS.serviceName();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafkaClient(service,
                AgencyCredentials.secretOf(settings.credentialsFile(), service)), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /** The kit, in this JVM, with the agency's credentials: what its README's run command sets from the environment. */
    private ConfigurableApplicationContext startSubscriber() {
        return new SpringApplicationBuilder(SubscriberApplication.class).run(
                "--subscriber.issuer=" + settings.issuer(),
                "--subscriber.client-id=" + AGENCY,
                "--subscriber.client-secret=" + secret,
                "--spring.kafka.bootstrap-servers=" + zone.kafka().bootstrapServers(),
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password());
    }

    private Map<String, Object> kafkaClient(String agency, String agencySecret) {
        Map<String, Object> client = new HashMap<>(AgencyKafkaLogin.settings("SASL_PLAINTEXT",
                AgencyKafkaLogin.tokenEndpoint(settings.issuer()), agency, agencySecret));
        client.put("bootstrap.servers", zone.kafka().bootstrapServers());
        return client;
    }

    private ZoneHttp http(ServiceProcess.Kind kind) {
        return ZoneHttp.at(zone.service(kind).baseUrl(), ZoneIssuer.attach(settings.issuer(),
                settings.credentialsFile()));
    }

    /**
     * The kit keeps its tables in PostgreSQL alone; where none answers (ZONE_TEST_PG_URL, default 127.0.0.1:5432), this
     * test says so and is skipped, so that {@code ./mvnw verify} still needs nothing but a JDK.
     */
    private static TestDatabase postgresDatabaseOrSkip() {
        try {
            return TestDatabase.postgres("zt_subscriber_" + UUID.randomUUID().toString().substring(0, 8));
        } catch (IllegalStateException noPostgres) {
            Assumptions.abort("the subscriber kit needs PostgreSQL: " + noPostgres.getMessage());
            throw noPostgres;
        }
    }

    /**
     * A zone of its own: free ports, services on their own H2 databases, and a data directory under
     * {@code target/zones} kept after the run, so that the services' logs are there to read when a test failed.
     */
    private static LocalZoneSettings zoneSettings() {
        List<String> ports = FreePorts.take(8).stream().map(String::valueOf).toList();
        Map<String, String> environment = new HashMap<>();
        environment.put("ZONE_PROJECT_ROOT", ProjectRoot.path().toString());
        environment.put("ZONE_DATA_DIR", dataDir().toString());
        environment.put("ZONE_STARTUP_CACHES", "off");
        List<String> variables = List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "KAFKA_INTERNAL_PORT", "IDENTITY_PORT",
                "REGISTRY_PORT", "INDICATORS_PORT", "COOPERATION_PORT", "DASHBOARD_PORT");
        for (int i = 0; i < variables.size(); i++) {
            environment.put(variables.get(i), ports.get(i));
        }
        return LocalZoneSettings.fromEnvironment(environment);
    }

    private static Path dataDir() {
        try {
            Path zones = ProjectRoot.path().resolve("examples/subscriber/target/zones");
            Files.createDirectories(zones);
            return Files.createTempDirectory(zones, SubscriberIT.class.getSimpleName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
