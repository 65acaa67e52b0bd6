package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.jayway.jsonpath.JsonPath;

import zone.xianggan.events.Topics;
import zone.xianggan.localstack.ZoneService.Kind;
import zone.xianggan.testsupport.EnabledWithDocker;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * docker-compose.cluster.yml, run for real: three brokers, topics with three replicas taking a write once two hold
 * it, and two instances of each service sharing its database. Changes are made through both instances at once;
 * afterwards every change is on its topic exactly once and in the order it was made (the two instances' outbox
 * relays take turns on the shared outbox), and every replica, whichever instance is asked, holds the last version.
 */
@EnabledWithDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterContainersIT {

    private static final List<String> SERVICES = List.of("identity-service", "kafka-1", "kafka-2", "kafka-3",
            "postgres", "registry-service-1", "registry-service-2", "indicators-service-1", "indicators-service-2",
            "cooperation-service-1", "cooperation-service-2");
    private static final String BROKERS = "localhost:29092,localhost:29093,localhost:29094";
    /** The second instance of a service listens on its contract port + 10,000. */
    private static final int SECOND_INSTANCE = 10_000;
    private static final int UPDATES_PER_COUNTY = 6;
    private static final String INDICATOR = "VILLAGES_WITH_BUS_SERVICE";
    private static final String PROPOSAL = """
            {"titleZh":"浏阳—上栗城际公交","titleEn":"Liuyang-Shangli intercity bus",
             "descriptionZh":"开通城际公交线路","descriptionEn":"An intercity bus line across the provincial border",
             "planArea":"INFRASTRUCTURE_CONNECTIVITY",
             "participants":[{"countyCode":"430181","role":"LEAD"},{"countyCode":"360322","role":"PARTNER"}],
             "plannedInvestment":{"currency":"CNY","bySource":[{"source":"CENTRAL_BUDGET","amount":1000000.00}]},
             "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
             "milestones":[{"name":"First bus","due":"2026-12-31"}],
             "outcomes":[{"indicatorCode":"VILLAGES_WITH_BUS_SERVICE","baseline":100,"baselinePeriod":"2024",
                          "target":140,"targetPeriod":"2027"}]}""";

    private ComposeZone zone;

    @BeforeAll
    void upWithEveryContainerHealthy() {
        zone = ComposeZone.up("docker-compose.cluster.yml", SERVICES);
    }

    @AfterAll
    void down() {
        if (zone != null) {
            zone.close();
        }
    }

    @Test
    void everyTopicHasThreeReplicasAndTakesAWriteOnceTwoHoldIt() throws Exception {
        Map<String, Object> asOperator = new HashMap<>(zone.kafkaClientAs("zone-operator"));
        asOperator.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS);
        List<String> topics = List.of(Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_CATALOGUE_V1,
                Topics.INDICATORS_VALUES_V1, Topics.COOPERATION_PROJECTS_V1);
        try (Admin admin = Admin.create(asOperator)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.listTopics().names().get().containsAll(topics));
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            for (String topic : topics) {
                assertThat(descriptions.get(topic).partitions()).as(topic)
                        .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                assertThat(config.get("min.insync.replicas").value()).as(topic).isEqualTo("2");
            }
        }
    }

    @Test
    void changesMadeThroughBothInstancesArePublishedOnceEachInOrderAndReachEveryReplica() throws Exception {
        List<Map<String, Object>> counties = instance(Kind.REGISTRY, 1).get("/api/v1/counties?limit=100")
                .json("$[*]");
        Map<String, List<Integer>> acknowledged = new ConcurrentHashMap<>();
        List<Map<String, Object>> summaries = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (Map<String, Object> county : counties) {
            work.add(load.submit(() -> updateThroughBothInstances(county, acknowledged)));
        }
        for (int part = 0; part < 2; part++) {
            int firstPeriod = 2000 + 10 * part;
            work.add(load.submit(() -> reportAndReviseThroughBothInstances(counties, firstPeriod, summaries)));
        }
        String project = proposeAndApproveThroughBothInstances();
        for (Future<?> done : work) {
            done.get(10, TimeUnit.MINUTES);
        }
        load.shutdown();

        assertThat(acknowledged).hasSize(counties.size());
        try (TopicRecorder registry = subscribe(Topics.REGISTRY_COUNTIES_V1)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> versionsByKey(registry.records(), "$.code", "$.version")
                    .values().stream().mapToInt(versions -> versions.getLast()).sum()
                    == counties.size() * (1 + UPDATES_PER_COUNTY));
            Map<String, List<Integer>> published = versionsByKey(registry.records(), "$.code", "$.version");
            for (Map<String, Object> county : counties) {
                String code = (String) county.get("code");
                assertThat(published.get(code)).as("versions of %s on the topic, in order", code)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 1 + UPDATES_PER_COUNTY).boxed().toList());
                assertThat(acknowledged.get(code)).as(code)
                        .containsExactlyElementsOf(IntStream.rangeClosed(2, 1 + UPDATES_PER_COUNTY).boxed().toList());
            }
            assertThat(eventIds(registry.records())).doesNotHaveDuplicates();
        }

        int reportedKeys = 2 * 10 * counties.size();
        assertThat(summaries).allSatisfy(summary -> assertThat(summary.get("rejected")).isEqualTo(0));
        try (TopicRecorder values = subscribe(Topics.INDICATORS_VALUES_V1)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> revisionsOfTheLoad(values).size() == reportedKeys
                    && revisionsOfTheLoad(values).values().stream().allMatch(revisions -> revisions.size() >= 2));
            assertThat(revisionsOfTheLoad(values)).allSatisfy((key, revisions) -> assertThat(revisions).as(key)
                    .containsExactly(1, 2));
            assertThat(eventIds(values.records())).doesNotHaveDuplicates();
        }

        try (TopicRecorder projects = subscribe(Topics.COOPERATION_PROJECTS_V1)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> projects.events(TopicRecorder.keyed(project)).size() >= 4);
            assertThat(projects.events(TopicRecorder.keyed(project))).extracting(record -> header(record, "ce_type"))
                    .containsExactly("zone.cooperation.project.proposed.v1",
                            "zone.cooperation.project.province-approved.v1",
                            "zone.cooperation.project.province-approved.v1", "zone.cooperation.project.approved.v1");
        }

        String last = "\"" + (1 + UPDATES_PER_COUNTY) + "\"";
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            for (Kind replica : List.of(Kind.INDICATORS, Kind.COOPERATION)) {
                for (int instance : List.of(1, 2)) {
                    for (Map<String, Object> county : counties) {
                        assertThat(instance(replica, instance).get("/api/v1/counties/" + county.get("code")).etag())
                                .as("%s %d: %s", replica.serviceName(), instance, county.get("code")).isEqualTo(last);
                    }
                }
            }
        });
    }

    /** Each update through the other instance than the one before, each answered with the next version. */
    private void updateThroughBothInstances(Map<String, Object> county, Map<String, List<Integer>> acknowledged) {
        String code = (String) county.get("code");
        String version = "\"1\"";
        for (int update = 1; update <= UPDATES_PER_COUNTY; update++) {
            ZoneHttp.Response updated = instance(Kind.REGISTRY, 1 + update % 2).as("zone-office/cluster")
                    .put("/api/v1/counties/" + code, """
                            {"nameZh":"%s","nameEn":"%s (%d)","kind":"%s","reason":"cluster test"}""".formatted(
                            county.get("nameZh"), county.get("nameEn"), update, county.get("kind")),
                            "If-Match", version);
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
            version = updated.etag();
            acknowledged.computeIfAbsent(code, any -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(Integer.parseInt(version.replace("\"", "")));
        }
    }

    /**
     * Ten years of the indicator for every unit, five at a time: each batch through one instance, then revised
     * through the other.
     */
    private void reportAndReviseThroughBothInstances(List<Map<String, Object>> counties, int firstPeriod,
            List<Map<String, Object>> summaries) {
        for (int chunk = 0; chunk < 2; chunk++) {
            int from = firstPeriod + 5 * chunk;
            for (int pass = 0; pass < 2; pass++) {
                StringBuilder batch = new StringBuilder("[");
                for (Map<String, Object> county : counties) {
                    for (int period = from; period < from + 5; period++) {
                        batch.append(batch.length() > 1 ? "," : "").append("""
                                {"countyCode":"%s","indicatorCode":"%s","period":"%d","value":%d}""".formatted(
                                county.get("code"), INDICATOR, period, 100 + period % 50 + pass));
                    }
                }
                String path = pass == 0 ? "/api/v1/values" : "/api/v1/values?reason=cluster%20test%20revision";
                ZoneHttp.Response summary = instance(Kind.INDICATORS, 1 + (chunk + pass) % 2)
                        .as("zone-office/cluster").post(path, batch.append("]").toString());
                assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
                summaries.add(summary.json("$"));
            }
        }
    }

    private String proposeAndApproveThroughBothInstances() {
        await().atMost(Duration.ofMinutes(1)).until(() -> instance(Kind.COOPERATION, 1)
                .get("/api/v1/indicators/" + INDICATOR).status() == 200);
        ZoneHttp.Response proposed = instance(Kind.COOPERATION, 1).as("liuyang/cluster").post("/api/v1/projects",
                PROPOSAL);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String project = proposed.json("$.id");
        for (String[] approval : List.of(new String[] { "430000", "hunan-drc/li.ming", "2" },
                new String[] { "360000", "jiangxi-drc/wang.hua", "1" })) {
            ZoneHttp.Response approved = instance(Kind.COOPERATION, Integer.parseInt(approval[2])).as(approval[1])
                    .post("/api/v1/projects/" + project + "/approvals", """
                            {"province":"%s","decision":"APPROVE"}""".formatted(approval[0]));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        }
        return project;
    }

    /** The revisions published of each unit and period of the load's indicator, in the order published. */
    private static Map<String, List<Integer>> revisionsOfTheLoad(TopicRecorder values) {
        Map<String, List<Integer>> revisions = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : values.records()) {
            String data = new String(record.value(), StandardCharsets.UTF_8);
            if (INDICATOR.equals(JsonPath.read(data, "$.indicatorCode"))) {
                String key = JsonPath.read(data, "$.countyCode") + "/" + JsonPath.read(data, "$.period");
                revisions.computeIfAbsent(key, any -> new ArrayList<>())
                        .add(((Number) JsonPath.read(data, "$.revision")).intValue());
            }
        }
        return revisions;
    }

    private static Map<String, List<Integer>> versionsByKey(List<ConsumerRecord<String, byte[]>> records,
            String keyPath, String versionPath) {
        Map<String, List<Integer>> versions = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String data = new String(record.value(), StandardCharsets.UTF_8);
            versions.computeIfAbsent(JsonPath.read(data, keyPath), any -> new ArrayList<>())
                    .add(((Number) JsonPath.read(data, versionPath)).intValue());
        }
        return versions;
    }

    private static List<String> eventIds(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, "ce_id")).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private TopicRecorder subscribe(String topic) {
        return TopicRecorder.recordAs("zone-dashboard", zone.kafkaClientAs("zone-dashboard"), BROKERS, topic);
    }

    private ZoneHttp instance(Kind kind, int instance) {
        return zone.http(kind.defaultPort() + (instance == 2 ? SECOND_INSTANCE : 0));
    }
}
