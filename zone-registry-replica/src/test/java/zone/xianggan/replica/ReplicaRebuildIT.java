package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.SampleCounties.county;
import static zone.xianggan.replica.SampleCounties.renamed;
import static zone.xianggan.replica.SampleCounties.retired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/** The replica is a cache of the compacted topic: {@code POST /api/v1/replica/rebuild} reads it all again. */
@ZoneServiceTest
@TestPropertySource(properties = "spring.application.name=replica-rebuild")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaRebuildIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReplicationProbe probe;

    @LocalServerPort
    int port;

    ZoneHttp http;

    /** What the topic holds, record by record, and the latest snapshot of each county. */
    final List<CountySnapshot> published = new ArrayList<>();
    final Map<String, CountySnapshot> latest = new TreeMap<>();

    @BeforeAll
    void theRegistryHasPublished() {
        http = ZoneHttp.at("http://localhost:" + port);
        CountySnapshot liling = county("430281", "醴陵市", "Liling", "COUNTY_LEVEL_CITY");
        CountySnapshot anyuan = county("360302", "安源区", "Anyuan District", "DISTRICT");
        published.addAll(List.of(liling, county("430224", "茶陵县", "Chaling County", "COUNTY"), anyuan,
                county("360321", "莲花县", "Lianhua County", "COUNTY"), renamed(liling, "Liling City", 2),
                retired(anyuan, "360313", 2), renamed(liling, "Liling, Zhuzhou", 3)));
        try (RegistryTopic registry = RegistryTopic.at(kafka.getBrokersAsString())) {
            published.forEach(registry::publish);
        }
        published.forEach(county -> latest.put(county.code(), county));
        await().atMost(WAIT).until(() -> versionsHeld().equals(latestVersions()));
    }

    @Test
    void afterItsRowsAreLostARebuildBringsEveryCountyBackAtItsLatestVersion() {
        jdbc.update("DELETE FROM county_replica");
        assertThat(http.get("/api/v1/counties").<List<?>>json("$")).isEmpty();

        ZoneHttp.Response rebuild = http.as("zone-operator").post("/api/v1/replica/rebuild", null);

        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> versionsHeld().equals(latestVersions()));
        latest.values().forEach(county -> {
            ZoneHttp.Response held = http.get("/api/v1/counties/" + county.code());
            assertThat(held.etag()).isEqualTo("\"" + county.version() + "\"");
            assertThat(held.<String>json("$.nameEn")).isEqualTo(county.nameEn());
            assertThat(held.<String>json("$.status")).isEqualTo(county.status());
        });
    }

    @Test
    void onlyTheOperatorMayRebuild() {
        for (String agency : java.util.List.of("zone-office", "hunan-drc", "liuyang", "demo-subscriber")) {
            ZoneHttp.Response refused = http.as(agency).post("/api/v1/replica/rebuild", null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.<String>json("$.rule")).contains("zone.ops");
        }
        assertThat(http.anonymous().post("/api/v1/replica/rebuild", null).status()).isEqualTo(401);
    }

    @Test
    void aRebuildOfACompleteReplicaChangesNothing() {
        int changesBefore = changesSeen();
        double ignoredBefore = Prometheus.scrape(http).sum("zone_replica_ignored_total");

        assertThat(http.as("zone-operator").post("/api/v1/replica/rebuild", null).status()).isEqualTo(202);

        await().atMost(WAIT).until(() -> Prometheus.scrape(http).sum("zone_replica_ignored_total")
                == ignoredBefore + published.size());
        assertThat(versionsHeld()).isEqualTo(latestVersions());
        assertThat(changesSeen()).as("reactions to changes").isEqualTo(changesBefore);
    }

    private Map<String, Integer> versionsHeld() {
        ZoneHttp.Response list = http.get("/api/v1/counties");
        List<String> codes = list.json("$[*].code");
        List<Integer> versions = list.json("$[*].version");
        Map<String, Integer> held = new TreeMap<>();
        for (int i = 0; i < codes.size(); i++) {
            held.put(codes.get(i), versions.get(i));
        }
        return held;
    }

    private Map<String, Integer> latestVersions() {
        Map<String, Integer> versions = new TreeMap<>();
        latest.forEach((code, county) -> versions.put(code, (int) county.version()));
        return versions;
    }

    private int changesSeen() {
        return latest.keySet().stream().mapToInt(code -> probe.changesOf(code).size()).sum();
    }
}
