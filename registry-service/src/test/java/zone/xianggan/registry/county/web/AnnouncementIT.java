package zone.xianggan.registry.county.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * The operator has the registry announce every unit again: the compacted topic then holds each unit's current
 * snapshot whatever happened to it (a tombstone, a lost topic), and nothing in the registry changes.
 */
@ZoneServiceTest
class AnnouncementIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    ZoneHttp http;
    TopicRecorder topic;

    @BeforeEach
    void connect() {
        http = ZoneHttp.at("http://127.0.0.1:" + port);
        topic = TopicRecorder.record(kafka.getBrokersAsString(), Topics.REGISTRY_COUNTIES_V1);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    @Test
    void everyUnitIsAnnouncedAgainWithItsVersionUnchanged() {
        List<String> units = http.get("/api/v1/counties?limit=1000").json("$[*].code");
        await().atMost(WAIT).until(() -> topic.records().size() >= units.size());
        int before = topic.records().size();

        ZoneHttp.Response announced = http.as("zone-operator").post("/api/v1/counties/announcement", "");

        assertThat(announced.status()).as(announced.toString()).isEqualTo(202);
        assertThat(announced.<Integer>json("$.unitsAnnounced")).isEqualTo(units.size());
        await().atMost(WAIT).until(() -> topic.records().size() >= before + units.size());
        List<ConsumerRecord<String, byte[]>> again = topic.records().subList(before, topic.records().size());
        assertThat(again).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(units);
        for (ConsumerRecord<String, byte[]> record : again) {
            CountySnapshot snapshot = EventJson.read(record.value(), CountySnapshot.class);
            assertThat(http.get("/api/v1/counties/" + snapshot.code()).etag())
                    .isEqualTo("\"" + snapshot.version() + "\"");
        }
    }

    @Test
    void onlyTheOperatorMayHaveTheRegistryAnnounceItsUnits() {
        assertThat(http.post("/api/v1/counties/announcement", "").status()).isEqualTo(403);
        assertThat(http.as("zone-office").post("/api/v1/counties/announcement", "").status()).isEqualTo(403);
        assertThat(http.anonymous().post("/api/v1/counties/announcement", "").status()).isEqualTo(401);
    }

    @Test
    void theRegistrysTopicIsCreatedWithTheZonesTopicSettings() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REGISTRY_COUNTIES_V1);
            Config config = admin.describeConfigs(Set.of(resource)).all().get().get(resource);
            Map<String, String> settings = config.entries().stream()
                    .collect(Collectors.toMap(entry -> entry.name(), entry -> String.valueOf(entry.value())));

            assertThat(settings).containsEntry("cleanup.policy", "compact")
                    .containsEntry("min.insync.replicas", "1")
                    .containsEntry("max.message.bytes", "1048588");
        }
    }
}
