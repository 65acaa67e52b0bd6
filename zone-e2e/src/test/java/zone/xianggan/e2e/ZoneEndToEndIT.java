package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.localstack.AgencyCredentials;
import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ServiceProcess;
import zone.xianggan.testsupport.ForgedTokens;
import zone.xianggan.testsupport.ProjectRoot;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The zone as {@code ./run-local.sh} runs it: a real Kafka broker and the three services from their exec jars, each
 * its own process, talking only over HTTP and Kafka. The tests build on each other, in order, as an agency would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneEndToEndIT {

    private final Path dataDir = LocalZones.dataDirFor(getClass());

    /** The trace of the county update an agency makes in {@code @Order(2)}, as its W3C traceparent names it. */
    private static final String UPDATE_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    /** The trace of the retirement in {@code @Order(8)}. */
    private static final String RETIREMENT_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    LocalZoneSettings settings;
    String projectId;
    LocalZone zone;
    final List<ProcessHandle> started = new ArrayList<>();

    @BeforeAll
    void startTheZone() {
        settings = LocalZones.settings(dataDir);
        zone = start();
    }

    @AfterAll
    void stopTheZone() {
        zone.close();
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.current().children()).as("processes left behind").isEmpty();
    }

    @Test
    @Order(1)
    void theRegistryServesTheTwentyFourUnitsOfThePlan() {
        ZoneHttp.Response counties = registry().get("/api/v1/counties");

        assertThat(counties.status()).isEqualTo(200);
        assertThat(counties.<List<String>>json("$[*].code")).hasSize(24).doesNotHaveDuplicates()
                .contains("430181", "360881", "360302", "431027");
        assertThat(counties.<List<String>>json("$[?(@.code == '430181')].clusters[*]")).hasSize(2);
    }

    @Test
    @Order(2)
    void aCountyUpdatedInTheRegistryReachesBothReplicasWithItsNewVersion() {
        awaitReplicas("430181", 1);

        ZoneHttp.Response updated = registry().put("/api/v1/counties/430181", """
                {"nameZh":"浏阳市","nameEn":"Liuyang City","kind":"COUNTY_LEVEL_CITY","reason":"end-to-end test"}""",
                "If-Match", "\"1\"", "traceparent", traceparent(UPDATE_TRACE_ID));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        awaitReplicas("430181", 2);
        for (ServiceProcess.Kind replica : List.of(ServiceProcess.Kind.INDICATORS, ServiceProcess.Kind.COOPERATION)) {
            ZoneHttp.Response county = http(replica).get("/api/v1/counties/430181");
            assertThat(county.<String>json("$.nameEn")).isEqualTo("Liuyang City");
            assertThat(county.etag()).isEqualTo("\"2\"");
        }
    }

    /**
     * The agency's request named its trace (a W3C {@code traceparent}); the registry's event carries it as
     * {@code ce_traceparent}, and each service that keeps a replica takes the change in that trace: the trace id
     * heads the lines each service logged for it.
     */
    @Test
    @Order(3)
    void theCountyUpdateIsFollowedByItsTraceIdFromTheRequestToBothReplicas() {
        try (TopicRecorder topic = subscribe(Topics.REGISTRY_COUNTIES_V1)) {
            ConsumerRecord<String, byte[]> updated = topic.awaitRecord(keyed("430181")
                    .and(ofType(EventType.COUNTY_UPDATED.ceType())));
            assertThat(ZoneEventAssertions.header(updated, "ce_traceparent"))
                    .matches("00-" + UPDATE_TRACE_ID + "-[0-9a-f]{16}-01");
        }
        awaitLogLine(ServiceProcess.Kind.REGISTRY, UPDATE_TRACE_ID, "PUT /api/v1/counties/430181 200");
        awaitLogLine(ServiceProcess.Kind.INDICATORS, UPDATE_TRACE_ID, "Replica took 430181 version 2");
        awaitLogLine(ServiceProcess.Kind.COOPERATION, UPDATE_TRACE_ID, "Replica took 430181 version 2");
    }

    @Test
    @Order(4)
    void everyRecordOnTheRegistryTopicIsAValidBinaryModeCloudEvent() {
        try (TopicRecorder topic = subscribe(Topics.REGISTRY_COUNTIES_V1)) {
            topic.awaitRecord(keyed("430181").and(ofType(EventType.COUNTY_UPDATED.ceType())));
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records().size() >= 25);

            topic.records().forEach(record -> ZoneEventAssertions.assertValidZoneEvent(record,
                    "/xianggan/registry-service"));
        }
    }

    @Test
    @Order(5)
    void everyRowOfTheSyntheticSampleReachesTheValuesTopic() throws Exception {
        String csv = Files.readString(ProjectRoot.path().resolve("indicators-service/samples/synthetic-sample.csv"));
        long rows = csv.lines().skip(1).filter(line -> !line.isBlank()).count();

        ZoneHttp.Response summary = indicators().send(HttpMethod.POST, "/api/v1/values/import",
                MediaType.parseMediaType("text/csv"), csv);

        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.<Integer>json("$.received")).isEqualTo((int) rows);
        assertThat(summary.<Integer>json("$.imported")).isEqualTo((int) rows);
        assertThat(summary.<Integer>json("$.rejected")).isZero();
        try (TopicRecorder values = subscribe(Topics.INDICATORS_VALUES_V1)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> values.records().size() >= rows);
            values.records().stream().limit(200).forEach(record -> ZoneEventAssertions.assertValidZoneEvent(record,
                    "/xianggan/indicators-service"));
        }
    }

    @Test
    @Order(6)
    void aProjectOfBothProvincesPublishesAnEventForEachStepOfItsLife() {
        awaitCatalogueReplica("VILLAGES_WITH_BUS_SERVICE");
        ZoneHttp.Response proposed = cooperation().post("/api/v1/projects", Proposals.LIUYANG_SHANGLI_BUS);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        projectId = proposed.<String>json("$.id");

        approve("430000", "hunan-drc/li.ming");
        ZoneHttp.Response approved = approve("360000", "jiangxi-drc/wang.hua");
        assertThat(approved.<String>json("$.status")).isEqualTo("APPROVED");
        ZoneHttp.Response started = cooperation().post("/api/v1/projects/" + projectId + "/transitions", """
                {"status":"IN_PROGRESS"}""", "If-Match", approved.etag());
        ZoneHttp.Response completed = cooperation().post("/api/v1/projects/" + projectId + "/transitions", """
                {"status":"COMPLETED","reason":"line in service"}""", "If-Match", started.etag());

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.<String>json("$.status")).isEqualTo("COMPLETED");
        try (TopicRecorder projects = subscribe(Topics.COOPERATION_PROJECTS_V1)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> projects.events(keyed(projectId)).size() >= 6);
            assertThat(projects.events(keyed(projectId))).extracting(record -> ZoneEventAssertions
                    .assertValidZoneEvent(record, "/xianggan/cooperation-service").ceType())
                    .containsExactly("zone.cooperation.project.proposed.v1",
                            "zone.cooperation.project.province-approved.v1",
                            "zone.cooperation.project.province-approved.v1", "zone.cooperation.project.approved.v1",
                            "zone.cooperation.project.status-changed.v1", "zone.cooperation.project.status-changed.v1");
        }
    }

    @Test
    @Order(7)
    void aValueReportedForAParticipatingUnitAppearsInTheProjectsOutcomeView() {
        ZoneHttp.Response reported = indicators().post("/api/v1/values", """
                {"countyCode":"360322","indicatorCode":"VILLAGES_WITH_BUS_SERVICE","period":"2025","value":117}""");
        assertThat(reported.status()).as(reported.toString()).isIn(200, 201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ZoneHttp.Response outcomes = cooperation().get("/api/v1/projects/" + projectId + "/outcomes");
            assertThat(outcomes.<String>json("$.outcomes[0].latest.period")).isEqualTo("2025");
            assertThat(outcomes.<List<Number>>json("$.outcomes[0].values[?(@.countyCode == '360322')].value"))
                    .singleElement().satisfies(value -> assertThat(value.intValue()).isEqualTo(117));
        });
    }

    @Test
    @Order(8)
    void retiringAUnitInTheRegistryFlagsItsOpenProjects() {
        ZoneHttp.Response open = cooperation().post("/api/v1/projects", Proposals.LIUYANG_SHANGLI_BUS);
        String openId = open.<String>json("$.id");

        ZoneHttp.Response retired = registry().post("/api/v1/counties/360322/retirement", """
                {"successorCode":"360313","reason":"end-to-end test of an administrative change"}""",
                "If-Match", registry().get("/api/v1/counties/360322").etag(),
                "traceparent", traceparent(RETIREMENT_TRACE_ID));

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ZoneHttp.Response project = cooperation().get("/api/v1/projects/" + openId);
            assertThat(project.<Boolean>json("$.needsReview")).isTrue();
            assertThat(project.<List<String>>json("$.reviewFlags[*].successorCode")).containsExactly("360313");
        });
        assertThat(cooperation().get("/api/v1/projects/" + projectId).<Boolean>json("$.needsReview"))
                .as("a completed project is not reopened").isFalse();
    }

    /**
     * One change across the zone: the registry's retirement of a unit, replicated by cooperation-service, makes it
     * flag the unit's open project, and that event of cooperation-service's own is in the retirement's trace.
     */
    @Test
    @Order(9)
    void theProjectFlaggedForTheRetirementIsInTheRetirementsTrace() {
        try (TopicRecorder projects = subscribe(Topics.COOPERATION_PROJECTS_V1)) {
            ConsumerRecord<String, byte[]> flagged = projects.awaitRecord(
                    ofType(EventType.PROJECT_FLAGGED_FOR_REVIEW.ceType()));
            assertThat(ZoneEventAssertions.header(flagged, "ce_traceparent"))
                    .matches("00-" + RETIREMENT_TRACE_ID + "-[0-9a-f]{16}-01");
        }
        awaitLogLine(ServiceProcess.Kind.COOPERATION, RETIREMENT_TRACE_ID, "Replica took 360322 version");
    }

    @Test
    @Order(10)
    void aRestartOnTheSameDataDuplicatesOrLosesNothing() {
        zone.close();
        zone = start();

        assertThat(registry().get("/api/v1/counties").<List<String>>json("$[*].code")).hasSize(24);
        assertThat(registry().get("/api/v1/counties/430181").etag()).isEqualTo("\"2\"");
        assertThat(registry().get("/api/v1/counties/430181/history").<List<String>>json("$[*].changeType"))
                .containsExactly("SEEDED", "REVISED");
        for (ServiceProcess.Kind replica : List.of(ServiceProcess.Kind.INDICATORS, ServiceProcess.Kind.COOPERATION)) {
            assertThat(http(replica).get("/api/v1/counties").<List<String>>json("$[*].code")).hasSize(24);
            assertThat(http(replica).get("/api/v1/counties/430181").etag()).isEqualTo("\"2\"");
        }
        try (TopicRecorder topic = subscribe(Topics.REGISTRY_COUNTIES_V1)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.events().size() >= 25);
            assertThat(topic.events(ofType(EventType.COUNTY_REGISTERED.ceType()))).hasSize(24);
            assertThat(topic.events(ofType(EventType.COUNTY_UPDATED.ceType()))).hasSize(1);
            assertThat(topic.events(ofType(EventType.COUNTY_RETIRED.ceType()))).hasSize(1);
        }
        assertThat(cooperation().get("/api/v1/projects/" + projectId).<String>json("$.status")).isEqualTo("COMPLETED");
        assertThat(cooperation().get("/api/v1/projects?needsReview=true").<List<String>>json("$[*].id")).hasSize(1);
    }

    @Test
    @Order(11)
    void aKafkaClientWithoutCredentialsCannotWriteTheRegistryTopic() {
        Map<String, Object> plain = Map.of("bootstrap.servers", zone.kafka().bootstrapServers(),
                "max.block.ms", "5000", "delivery.timeout.ms", "6000", "request.timeout.ms", "5000");
        try (KafkaProducer<String, byte[]> outsider = new KafkaProducer<>(plain, new StringSerializer(),
                new ByteArraySerializer())) {
            assertThatThrownBy(() -> outsider.send(forgedRegistryRecord()).get(10, TimeUnit.SECONDS))
                    .isInstanceOfAny(ExecutionException.class, TimeoutException.class, KafkaException.class);
        }
        assertThat(registry().get("/api/v1/counties/430181").etag()).isEqualTo("\"2\"");
    }

    @Test
    @Order(12)
    void theIndicatorsServiceMayNotWriteTheRegistryTopic() {
        Map<String, Object> asIndicators = new HashMap<>(kafkaClientAs("indicators-service"));
        asIndicators.putAll(Map.of("bootstrap.servers", zone.kafka().bootstrapServers(), "max.block.ms", "10000"));
        try (KafkaProducer<String, byte[]> indicators = new KafkaProducer<>(asIndicators, new StringSerializer(),
                new ByteArraySerializer())) {
            assertThatThrownBy(() -> indicators.send(forgedRegistryRecord()).get(20, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    @Order(13)
    void aSubscriberReadsOnlyTheTopicsGrantedToIt() {
        try (TopicRecorder granted = TopicRecorder.recordAs("demo-subscriber", kafkaClientAs("demo-subscriber"),
                zone.kafka().bootstrapServers(), Topics.REGISTRY_COUNTIES_V1)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> granted.events().size() >= 24);
        }
        Map<String, Object> asSubscriber = new HashMap<>(kafkaClientAs("demo-subscriber"));
        asSubscriber.putAll(Map.of("bootstrap.servers", zone.kafka().bootstrapServers(),
                "group.id", "demo-subscriber.projects", "auto.offset.reset", "earliest"));
        try (KafkaConsumer<String, byte[]> projects = new KafkaConsumer<>(asSubscriber, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            projects.subscribe(List.of(Topics.COOPERATION_PROJECTS_V1));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    projects.poll(Duration.ofMillis(200));
                }
            }).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    @Order(14)
    void aTokenFromAnotherIssuerOrSignedByAnotherKeyIsRefusedByEveryService() {
        for (ServiceProcess.Kind kind : ServiceProcess.Kind.DATA_SERVICES) {
            for (String forged : List.of(ForgedTokens.fromAnotherIssuer("https://issuer.example.org"),
                    ForgedTokens.signedByUnknownKey(settings.issuer()))) {
                ZoneHttp.Response refused = http(kind).withToken(forged).get("/api/v1/counties");
                assertThat(refused.status()).as(kind.serviceName()).isEqualTo(401);
            }
        }
    }

    @Test
    @Order(15)
    void everyTopicKeepsWhatTheZonePromisesWhicheverServiceCreatedIt() throws Exception {
        Map<String, Object> asOperator = new HashMap<>(kafkaClientAs("zone-operator"));
        asOperator.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, zone.kafka().bootstrapServers());
        try (Admin admin = Admin.create(asOperator)) {
            Map<String, Map<String, String>> settings = new HashMap<>();
            List<String> topics = List.of(Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_CATALOGUE_V1,
                    Topics.INDICATORS_VALUES_V1, Topics.COOPERATION_PROJECTS_V1,
                    Topics.deadLetter(Topics.INDICATORS_VALUES_V1, "cooperation-service"));
            for (String topic : topics) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS)
                        .get(resource);
                Map<String, String> entries = new HashMap<>();
                config.entries().forEach(entry -> entries.put(entry.name(), entry.value()));
                settings.put(topic, entries);
            }

            assertThat(settings.get(Topics.REGISTRY_COUNTIES_V1)).containsEntry("cleanup.policy", "compact");
            assertThat(settings.get(Topics.INDICATORS_CATALOGUE_V1)).containsEntry("cleanup.policy", "compact");
            for (String log : List.of(Topics.INDICATORS_VALUES_V1, Topics.COOPERATION_PROJECTS_V1)) {
                assertThat(settings.get(log)).as(log).containsEntry("cleanup.policy", "delete")
                        .containsEntry("retention.ms", "-1").containsEntry("retention.bytes", "-1");
            }
            topics.forEach(topic -> assertThat(settings.get(topic)).as(topic)
                    .containsEntry("min.insync.replicas", "1"));
            assertThat(settings.get(topics.getLast())).containsEntry("max.message.bytes", "1114124");
        }
    }

    /** A valid CloudEvent that would make Liuyang's replicas hold a forged last version. */
    /**
     * The dashboard (its pages are the browser tests', {@code DashboardBrowserIT}) reads the services as its own
     * agency, whoever asks it, and only what its pages show.
     */
    @Test
    @Order(16)
    void theDashboardReadsOnlyWhatItsPagesShowAsItsOwnAgency() {
        ZoneHttp dashboard = ZoneHttp.at(zone.service(ServiceProcess.Kind.DASHBOARD).baseUrl()).anonymous();
        assertThat(dashboard.get("/dashboard/api/registry/api/v1/counties?limit=1000").<List<String>>json(
                "$[*].code")).hasSize(24);
        assertThat(dashboard.get("/dashboard/api/indicators/actuator/prometheus").status()).isEqualTo(404);
        assertThat(dashboard.post("/dashboard/api/indicators/api/v1/values", "{}").status()).isEqualTo(403);
    }

    @Test
    @Order(17)
    void theDashboardStreamsAReportedValueToOpenPages() throws Exception {
        List<String> streamed = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(zone.service(ServiceProcess.Kind.DASHBOARD).baseUrl() + "/dashboard/live")).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread.ofVirtual().start(() -> live.body().forEach(streamed::add));
        try {
            ZoneHttp.Response reported = indicators().post("/api/v1/values", """
                    {"countyCode":"430181","indicatorCode":"VILLAGES_WITH_BUS_SERVICE","period":"2025","value":42}""");
            assertThat(reported.status()).as(reported.toString()).isIn(200, 201);

            await().atMost(Duration.ofSeconds(30)).until(() -> streamed.stream().anyMatch(line ->
                    line.startsWith("data:") && line.contains("\"countyCode\":\"430181\"")
                            && line.contains("\"indicatorCode\":\"VILLAGES_WITH_BUS_SERVICE\"")));
        } finally {
            live.body().close();
        }
    }

    private static ProducerRecord<String, byte[]> forgedRegistryRecord() {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REGISTRY_COUNTIES_V1, "430181",
                "{}".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/xianggan/registry-service".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** A W3C traceparent an agency's system sends: its own span, sampled, in the trace named. */
    private static String traceparent(String traceId) {
        return "00-" + traceId + "-b7ad6b7169203331-01";
    }

    /**
     * Waits for the service's log ({@code logs/<service>.log}, as the launcher writes it) to hold a line that reads
     * {@code text} and is headed by the trace id, as Boot's log pattern puts it: {@code [<trace id>-<span id>]}.
     */
    private void awaitLogLine(ServiceProcess.Kind kind, String traceId, String text) {
        Path log = dataDir.resolve("logs").resolve(kind.serviceName() + ".log");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines())
                .as("%s's log", kind.serviceName())
                .anySatisfy(line -> assertThat(line).contains("[" + traceId + "-").contains(text)));
    }

    private ZoneHttp.Response approve(String province, String agency) {
        ZoneHttp.Response response = http(ServiceProcess.Kind.COOPERATION).as(agency).post("/api/v1/projects/"
                + projectId + "/approvals", """
                {"province":"%s","decision":"APPROVE"}""".formatted(province));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private void awaitCatalogueReplica(String indicator) {
        await().atMost(Duration.ofSeconds(30)).until(() -> cooperation().get("/api/v1/indicators/" + indicator)
                .status() == 200);
    }

    private ZoneHttp indicators() {
        return http(ServiceProcess.Kind.INDICATORS).as("zone-office/e2e");
    }

    private ZoneHttp cooperation() {
        return http(ServiceProcess.Kind.COOPERATION).as("liuyang/e2e");
    }

    private void awaitReplicas(String code, int version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ServiceProcess.Kind replica : List.of(ServiceProcess.Kind.INDICATORS, ServiceProcess.Kind.COOPERATION)) {
                assertThat(http(replica).get("/api/v1/counties/" + code).etag()).as(replica.serviceName())
                        .isEqualTo("\"" + version + "\"");
            }
        });
    }

    private LocalZone start() {
        LocalZone started = new LocalZone(settings).start();
        this.started.add(ProcessHandle.of(started.kafka().pid()).orElseThrow());
        for (ServiceProcess.Kind kind : ServiceProcess.Kind.values()) {
            this.started.add(ProcessHandle.of(started.service(kind).pid()).orElseThrow());
        }
        return started;
    }

    private ZoneHttp registry() {
        return http(ServiceProcess.Kind.REGISTRY).as("zone-office/e2e");
    }

    private ZoneHttp http(ServiceProcess.Kind kind) {
        return ZoneHttp.at(zone.service(kind).baseUrl(),
                ZoneIssuer.attach(settings.issuer(), settings.credentialsFile()));
    }

    /** What a Kafka client needs to log in to this zone's broker as a seeded agency. */
    private Map<String, Object> kafkaClientAs(String agency) {
        return new HashMap<>(AgencyKafkaLogin.settings("SASL_PLAINTEXT",
                AgencyKafkaLogin.tokenEndpoint(settings.issuer()), agency,
                AgencyCredentials.secretOf(settings.credentialsFile(), agency)));
    }

    /** Reads topics as a subscriber agency granted all of them (the dashboard's), since the broker admits no other. */
    private TopicRecorder subscribe(String... topics) {
        return TopicRecorder.recordAs("zone-dashboard", kafkaClientAs("zone-dashboard"),
                zone.kafka().bootstrapServers(), topics);
    }
}
