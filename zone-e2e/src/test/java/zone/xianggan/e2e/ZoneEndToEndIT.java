package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ZoneService;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * The zone as {@code ./run-local.sh} runs it: a real Kafka broker and the three services from their exec jars, each
 * its own process, talking only over HTTP and Kafka. The tests build on each other, in order, as an agency would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneEndToEndIT {

    /** Static: JUnit gives a per-class lifecycle's {@code @BeforeAll} no instance {@code @TempDir}. */
    @TempDir
    static Path dataDir;

    LocalZoneSettings settings;
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
                "If-Match", "\"1\"");

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        awaitReplicas("430181", 2);
        for (ZoneService.Kind replica : List.of(ZoneService.Kind.INDICATORS, ZoneService.Kind.COOPERATION)) {
            ZoneHttp.Response county = http(replica).get("/api/v1/counties/430181");
            assertThat(county.<String>json("$.nameEn")).isEqualTo("Liuyang City");
            assertThat(county.etag()).isEqualTo("\"2\"");
        }
    }

    @Test
    @Order(3)
    void everyRecordOnTheRegistryTopicIsAValidBinaryModeCloudEvent() {
        try (TopicRecorder topic = TopicRecorder.record(zone.kafka().bootstrapServers(), Topics.REGISTRY_COUNTIES_V1)) {
            topic.awaitRecord(keyed("430181").and(ofType(EventType.COUNTY_UPDATED.ceType())));
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records().size() >= 25);

            topic.records().forEach(record -> ZoneEventAssertions.assertValidZoneEvent(record,
                    "/xianggan/registry-service"));
        }
    }

    @Test
    @Order(4)
    void afterAStopAndARestartOnTheSameDataNothingIsDuplicatedOrLost() {
        zone.close();
        zone = start();

        assertThat(registry().get("/api/v1/counties").<List<String>>json("$[*].code")).hasSize(24);
        assertThat(registry().get("/api/v1/counties/430181").etag()).isEqualTo("\"2\"");
        assertThat(registry().get("/api/v1/counties/430181/history").<List<String>>json("$[*].changeType"))
                .containsExactly("SEEDED", "REVISED");
        for (ZoneService.Kind replica : List.of(ZoneService.Kind.INDICATORS, ZoneService.Kind.COOPERATION)) {
            assertThat(http(replica).get("/api/v1/counties").<List<String>>json("$[*].code")).hasSize(24);
            assertThat(http(replica).get("/api/v1/counties/430181").etag()).isEqualTo("\"2\"");
        }
        try (TopicRecorder topic = TopicRecorder.record(zone.kafka().bootstrapServers(), Topics.REGISTRY_COUNTIES_V1)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records().size() >= 25);
            assertThat(topic.records(ofType(EventType.COUNTY_REGISTERED.ceType()))).hasSize(24);
            assertThat(topic.records(ofType(EventType.COUNTY_UPDATED.ceType()))).hasSize(1);
        }
    }

    private void awaitReplicas(String code, int version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ZoneService.Kind replica : List.of(ZoneService.Kind.INDICATORS, ZoneService.Kind.COOPERATION)) {
                assertThat(http(replica).get("/api/v1/counties/" + code).etag()).as(replica.serviceName())
                        .isEqualTo("\"" + version + "\"");
            }
        });
    }

    private LocalZone start() {
        LocalZone started = new LocalZone(settings).start();
        this.started.add(ProcessHandle.of(started.kafka().pid()).orElseThrow());
        for (ZoneService.Kind kind : ZoneService.Kind.values()) {
            this.started.add(ProcessHandle.of(started.service(kind).pid()).orElseThrow());
        }
        return started;
    }

    private ZoneHttp registry() {
        return http(ZoneService.Kind.REGISTRY).as("zone-office/e2e");
    }

    private ZoneHttp http(ZoneService.Kind kind) {
        return ZoneHttp.at(zone.service(kind).baseUrl());
    }
}
