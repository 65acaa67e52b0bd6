package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.SampleCounties.CHANG_ZHU_TAN;
import static zone.xianggan.replica.SampleCounties.XIANGGAN_CORE;
import static zone.xianggan.replica.SampleCounties.county;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.testsupport.HostileRequests;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * The replica as an agency reads it over HTTP, once the registry's snapshots have arrived: each county with its
 * version and ETag, the list filters, and problem details for what the replica cannot answer.
 */
@ZoneServiceTest
@TestPropertySource(properties = "spring.application.name=replica-http")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaHttpIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final CountySnapshot FURONG = county("430102", "芙蓉区", "Furong District", "DISTRICT",
            CHANG_ZHU_TAN);
    private static final CountySnapshot LIUYANG = county("430181", "浏阳市", "Liuyang", "COUNTY_LEVEL_CITY",
            CHANG_ZHU_TAN, XIANGGAN_CORE);
    private static final CountySnapshot CHALING = county("430224", "茶陵县", "Chaling County", "COUNTY",
            XIANGGAN_CORE);
    private static final CountySnapshot LILING = county("430281", "醴陵市", "Liling", "COUNTY_LEVEL_CITY",
            CHANG_ZHU_TAN, XIANGGAN_CORE);
    private static final CountySnapshot ANYUAN = county("360302", "安源区", "Anyuan District", "DISTRICT");
    private static final CountySnapshot XIANGDONG = county("360313", "湘东区", "Xiangdong District", "DISTRICT",
            XIANGGAN_CORE);
    private static final CountySnapshot LIANHUA = county("360321", "莲花县", "Lianhua County", "COUNTY",
            XIANGGAN_CORE);
    private static final CountySnapshot GAOAN = county("360983", "高安市", "Gao'an", "COUNTY_LEVEL_CITY");

    @Autowired
    EmbeddedKafkaBroker kafka;

    @LocalServerPort
    int port;

    ZoneHttp http;

    /** Every test reads this one registry: eight units, Liuyang at version 3, Anyuan retired. */
    @BeforeAll
    void theRegistryHasPublished() {
        http = ZoneHttp.at("http://localhost:" + port);
        try (RegistryTopic registry = RegistryTopic.at(kafka.getBrokersAsString())) {
            List.of(FURONG, LIUYANG, CHALING, LILING, ANYUAN, XIANGDONG, LIANHUA, GAOAN).forEach(registry::publish);
            registry.publish(SampleCounties.renamed(LIUYANG, "Liuyang City", 2));
            registry.publish(SampleCounties.renamed(LIUYANG, "Liuyang, Changsha", 3));
            registry.publish(SampleCounties.retired(ANYUAN, XIANGDONG.code(), 2));
        }
        await().atMost(WAIT).until(() -> codes("").size() == 8
                && http.get("/api/v1/counties/430181").body().contains("\"version\":3")
                && http.get("/api/v1/counties/360302").body().contains("RETIRED"));
    }

    @Test
    void aCountyShowsTheLatestSnapshotWithItsVersionAsETag() {
        ZoneHttp.Response response = http.get("/api/v1/counties/430181");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.etag()).isEqualTo("\"3\"");
        assertThat(response.<String>json("$.code")).isEqualTo("430181");
        assertThat(response.<String>json("$.nameZh")).isEqualTo("浏阳市");
        assertThat(response.<String>json("$.nameEn")).isEqualTo("Liuyang, Changsha");
        assertThat(response.<String>json("$.kind")).isEqualTo("COUNTY_LEVEL_CITY");
        assertThat(response.<String>json("$.provinceCode")).isEqualTo("430000");
        assertThat(response.<String>json("$.prefectureCode")).isEqualTo("430100");
        assertThat(response.<List<String>>json("$.clusters")).containsExactly(CHANG_ZHU_TAN, XIANGGAN_CORE);
        assertThat(response.<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(response.<Integer>json("$.version")).isEqualTo(3);
    }

    @Test
    void aRetiredCountyStaysReadableWithItsSuccessor() {
        ZoneHttp.Response response = http.get("/api/v1/counties/360302");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.etag()).isEqualTo("\"2\"");
        assertThat(response.<String>json("$.status")).isEqualTo("RETIRED");
        assertThat(response.<String>json("$.successorCode")).isEqualTo("360313");
    }

    @ParameterizedTest(name = "?{0} lists {1}")
    @CsvSource(delimiter = '|', value = {
            "                                    | 360302,360313,360321,360983,430102,430181,430224,430281",
            "province=360000                     | 360302,360313,360321,360983",
            "prefecture=430200                   | 430224,430281",
            "cluster=chang-zhu-tan               | 430102,430181,430281",
            "kind=DISTRICT                       | 360302,360313,430102",
            "status=RETIRED                      | 360302",
            "status=ACTIVE&province=360000       | 360313,360321,360983",
            "province=430000&kind=COUNTY_LEVEL_CITY&cluster=xianggan-core | 430181,430281",
            "cluster=no-such-cluster             | ''" })
    void theListFiltersByEachParameterAloneOrCombined(String query, String expected) {
        List<String> expectedCodes = expected.isEmpty() ? List.of() : List.of(expected.split(","));

        assertThat(codes(query == null ? "" : query)).containsExactlyElementsOf(expectedCodes);
    }

    @Test
    void theListComesInPagesAsInEveryServiceOfTheZone() {
        ZoneHttp.Response first = http.get("/api/v1/counties?limit=3");
        assertThat(first.<List<String>>json("$[*].code")).containsExactly("360302", "360313", "360321");
        assertThat(HostileRequests.readAllPages(http, "/api/v1/counties", 3, "code")).containsExactly("360302",
                "360313", "360321", "360983", "430102", "430181", "430224", "430281");
        assertThat(HostileRequests.readAllPages(http, "/api/v1/counties?province=430000", 1, "code"))
                .containsExactly("430102", "430181", "430224", "430281");
        HostileRequests.assertProblem(http.get("/api/v1/counties?limit=2000"), 400, "limit");
        HostileRequests.assertProblem(http.get("/api/v1/counties?cursor=" + "A".repeat(700)), 400, "cursor");
    }

    @Test
    void aMalformedCodeIsABadRequestNamingTheField() {
        ZoneHttp.Response response = http.get("/api/v1/counties/43018x");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.problemFields()).containsExactly("code");
        assertThat(response.<String>json("$.field")).isEqualTo("code");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        ZoneHttp.Response response = http.get("/api/v1/counties/430199");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.<String>json("$.id")).isEqualTo("430199");
    }

    @ParameterizedTest(name = "?{0} is refused naming {1}")
    @CsvSource({ "kind=TOWNSHIP, kind", "status=MERGED, status", "province=43, province",
            "prefecture=Changsha, prefecture" })
    void anUnknownFilterValueIsABadRequestNamingTheParameter(String query, String parameter) {
        ZoneHttp.Response response = http.get("/api/v1/counties?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.problemFields()).containsExactly(parameter);
    }

    @Test
    void prometheusShowsTheReplicasMetrics() {
        await().atMost(WAIT).untilAsserted(() -> {
            Prometheus metrics = Prometheus.scrape(http);
            assertThat(metrics.exposes("kafka_consumer_fetch_manager_records_lag")).as("consumer lag").isTrue();
            assertThat(metrics.sum("zone_replica_counties")).isEqualTo(8);
            assertThat(metrics.sum("zone_replica_applied_total")).isEqualTo(11);
            assertThat(metrics.exposes("zone_replica_ignored_total")).isTrue();
            assertThat(metrics.exposes("zone_outbox_backlog")).isTrue();
        });
    }

    private List<String> codes(String query) {
        ZoneHttp.Response response = http.get("/api/v1/counties" + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json("$[*].code");
    }
}
