package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.SampleCounties.county;
import static zone.xianggan.replica.SampleCounties.renamed;
import static zone.xianggan.replica.SampleCounties.retired;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * Delivery is at least once and a late event may overtake nothing: a repeated event (same {@code ce_id}) and an
 * event older than the snapshot held change nothing, and the service's reaction runs once per real change.
 */
@ZoneServiceTest
@TestPropertySource(properties = "spring.application.name=replica-idempotence")
@DirtiesContext
class ReplicaIdempotenceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    ReplicationProbe probe;

    @LocalServerPort
    int port;

    ZoneHttp http;
    RegistryTopic registry;

    @BeforeEach
    void connect() {
        http = ZoneHttp.at("http://localhost:" + port);
        registry = RegistryTopic.at(kafka.getBrokersAsString());
    }

    @AfterEach
    void disconnect() {
        registry.close();
    }

    @Test
    void aRepeatedOrOlderEventChangesNothing() {
        CountySnapshot v1 = county("430181", "浏阳市", "Liuyang", "COUNTY_LEVEL_CITY");
        CountySnapshot v2 = renamed(v1, "Liuyang City", 2);
        registry.publish(v1);
        OutgoingEvent second = RegistryTopic.eventOf(v2);
        registry.publish(second);
        awaitVersion("430181", 2);
        double ignoredBefore = Prometheus.scrape(http).sum("zone_replica_ignored_total");

        registry.publish(second);
        registry.publish(renamed(v1, "Liuyang (stale)", 1));
        registry.publish(renamed(v1, "Liuyang (same version, other content)", 2));

        await().atMost(WAIT).until(() -> Prometheus.scrape(http).sum("zone_replica_ignored_total")
                == ignoredBefore + 3);
        ZoneHttp.Response county = http.get("/api/v1/counties/430181");
        assertThat(county.etag()).isEqualTo("\"2\"");
        assertThat(county.<String>json("$.nameEn")).isEqualTo("Liuyang City");
        assertThat(probe.changesOf("430181")).extracting(change -> change.current().version())
                .containsExactly(1L, 2L);
    }

    /** A version as large as the schema allows (a 64-bit integer) must not break the replica's reads. */
    @Test
    void theLargestVersionsStillLetEveryCountyBeRead() {
        CountySnapshot tonggu = county("360926", "铜鼓县", "Tonggu", "COUNTY");
        registry.publish(renamed(tonggu, "Tonggu", Long.MAX_VALUE));
        registry.publish(renamed(county("360922", "万载县", "Wanzai", "COUNTY"), "Wanzai", Long.MAX_VALUE - 1));

        awaitVersion("360926", Long.MAX_VALUE);
        awaitVersion("360922", Long.MAX_VALUE - 1);
        assertThat(http.get("/api/v1/counties").status()).isEqualTo(200);
        registry.publish(renamed(county("360983", "高安市", "Gao'an", "COUNTY_LEVEL_CITY"), "Gao'an", 2));
        awaitVersion("360983", 2);
        assertThat(http.get("/api/v1/counties").<List<String>>json("$[*].code")).contains("360926", "360922",
                "360983");
    }

    @Test
    void eachRealChangeIsReportedOnceWithTheSnapshotItReplaced() {
        CountySnapshot v1 = county("360321", "莲花县", "Lianhua County", "COUNTY");
        OutgoingEvent registered = RegistryTopic.eventOf(v1);
        OutgoingEvent retirement = RegistryTopic.eventOf(retired(v1, "360313", 2));
        for (OutgoingEvent event : List.of(registered, registered, retirement, registered, retirement)) {
            registry.publish(event);
        }
        OutgoingEvent renaming = RegistryTopic.eventOf(renamed(retired(v1, "360313", 3), "Lianhua", 3));
        registry.publish(renaming);

        awaitVersion("360321", 3);
        List<CountyReplicated> changes = probe.changesOf("360321");
        assertThat(changes).extracting(change -> change.previous().map(CountySnapshot::version).orElse(0L),
                change -> change.current().version()).containsExactly(tuple(0L, 1L),
                tuple(1L, 2L), tuple(2L, 3L));
        assertThat(changes).extracting(CountyReplicated::justRetired).containsExactly(false, true, false);
    }

    private void awaitVersion(String code, long version) {
        await().atMost(WAIT).until(() -> {
            ZoneHttp.Response response = http.get("/api/v1/counties/" + code);
            return response.status() == 200 && ("\"" + version + "\"").equals(response.etag());
        });
    }
}
