package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import zone.xianggan.faults.ComposeZone;
import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.EnabledWithDocker;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * docker-compose.yml, run for real: {@code docker-compose up --build} of the packaged services, every container
 * healthy, then one change across the zone — a registry update reaching both replicas, a value import, a project
 * approved by both provinces whose outcome view shows a value reported after — and {@code down -v}.
 *
 * <p>The images are the official ones unless {@code ContainerImages} is told of the stand-ins
 * {@code docker/build-local-images.sh} builds. The compose file publishes
 * the contract's ports, so nothing else on this machine may hold 8081–8084 or 9092 meanwhile.
 */
@EnabledWithDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeZoneContainersIT {

    private static final List<String> SERVICES = List.of("identity-service", "kafka", "postgres", "registry-service",
            "indicators-service", "cooperation-service", "zone-dashboard");
    private static final String PROPOSAL = """
            {"titleZh":"萍乡—醴陵陶瓷产业协作","titleEn":"Pingxiang-Liling ceramics cooperation",
             "descriptionZh":"共建陶瓷产业链","descriptionEn":"A ceramics supply chain across the provincial border",
             "planArea":"INDUSTRIAL_COOPERATION",
             "participants":[{"countyCode":"430281","role":"LEAD"},{"countyCode":"360302","role":"PARTNER"}],
             "plannedInvestment":{"currency":"CNY","bySource":[{"source":"CENTRAL_BUDGET","amount":2000000.00}]},
             "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
             "milestones":[{"name":"Joint kiln","due":"2026-12-31"}],
             "outcomes":[{"indicatorCode":"VILLAGES_WITH_BUS_SERVICE","baseline":100,"baselinePeriod":"2024",
                          "target":140,"targetPeriod":"2027"}]}""";

    private ComposeZone zone;

    @BeforeAll
    void upWithEveryContainerHealthy() {
        zone = ComposeZone.up("docker-compose.yml", SERVICES);
    }

    @AfterAll
    void down() {
        if (zone != null) {
            zone.close();
        }
    }

    @Test
    void oneChangeCrossesTheZone() {
        ZoneHttp registry = http(Kind.REGISTRY).as("zone-office/compose");
        ZoneHttp indicators = http(Kind.INDICATORS).as("zone-office/compose");
        ZoneHttp cooperation = http(Kind.COOPERATION).as("liling/compose");

        awaitReplicas("430281", 1);
        ZoneHttp.Response updated = registry.put("/api/v1/counties/430281", """
                {"nameZh":"醴陵市","nameEn":"Liling City","kind":"COUNTY_LEVEL_CITY","reason":"compose test"}""",
                "If-Match", "\"1\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        awaitReplicas("430281", 2);

        ZoneHttp.Response imported = indicators.send(HttpMethod.POST, "/api/v1/values/import",
                MediaType.parseMediaType("text/csv"), """
                        county_code,indicator_code,period,value
                        430281,VILLAGES_WITH_BUS_SERVICE,2024,101
                        360302,VILLAGES_WITH_BUS_SERVICE,2024,99
                        """);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.<Integer>json("$.imported")).isEqualTo(2);

        await().atMost(Duration.ofSeconds(60)).until(() -> cooperation.get(
                "/api/v1/indicators/VILLAGES_WITH_BUS_SERVICE").status() == 200);
        ZoneHttp.Response proposed = cooperation.post("/api/v1/projects", PROPOSAL);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String project = proposed.json("$.id");
        approve(project, "430000", "hunan-drc/li.ming");
        ZoneHttp.Response approved = approve(project, "360000", "jiangxi-drc/wang.hua");
        assertThat(approved.<String>json("$.status")).isEqualTo("APPROVED");

        ZoneHttp.Response reported = indicators.post("/api/v1/values", """
                {"countyCode":"360302","indicatorCode":"VILLAGES_WITH_BUS_SERVICE","period":"2025","value":117}""");
        assertThat(reported.status()).as(reported.toString()).isIn(200, 201);
        // Until cooperation holds a value of the unit, the view has no latest value to read a period from.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            ZoneHttp.Response outcomes = cooperation.get("/api/v1/projects/" + project + "/outcomes");
            assertThat(outcomes.<String>json("$.outcomes[0].latest.period")).isEqualTo("2025");
            assertThat(outcomes.<List<Number>>json("$.outcomes[0].values[?(@.countyCode == '360302')].value"))
                    .singleElement().satisfies(value -> assertThat(value.intValue()).isEqualTo(117));
        });

        // The dashboard reads it as its own agency, for anyone who opens its pages.
        ZoneHttp.Response shown = http(Kind.DASHBOARD).anonymous().get("/dashboard/api/cooperation/api/v1/projects/"
                + project);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.<String>json("$.status")).isEqualTo("APPROVED");
    }

    private ZoneHttp.Response approve(String project, String province, String agency) {
        ZoneHttp.Response response = http(Kind.COOPERATION).as(agency).post("/api/v1/projects/" + project
                + "/approvals", """
                {"province":"%s","decision":"APPROVE"}""".formatted(province));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private void awaitReplicas(String code, int version) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (Kind replica : List.of(Kind.INDICATORS, Kind.COOPERATION)) {
                assertThat(http(replica).get("/api/v1/counties/" + code).etag()).as(replica.serviceName())
                        .isEqualTo("\"" + version + "\"");
            }
        });
    }

    private ZoneHttp http(Kind kind) {
        return zone.http(kind);
    }
}
