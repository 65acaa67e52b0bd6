package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ServiceProcess;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.TestDatabase;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The consumers' databases go away for a minute while registry and value events flow: every record waits and is
 * applied once the database is back, nothing is parked, and nothing is skipped. PostgreSQL only (-Ppostgres, as
 * {@code .ci/run} runs it): an outage of an embedded H2 file is no outage a deployment meets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private final Path dataDir = LocalZones.dataDirFor(getClass());

    private static final Duration OUTAGE = Duration.ofMinutes(1);
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final List<String> UPDATED = List.of("430181", "430281", "360321", "360322", "360881");
    private static final String PROPOSAL = """
            {"titleZh":"停电测试","titleEn":"A project outlasting an outage",
             "descriptionZh":"测试","descriptionEn":"Outcomes reported while the database is away",
             "planArea":"INFRASTRUCTURE_CONNECTIVITY",
             "participants":[{"countyCode":"430181","role":"LEAD"},{"countyCode":"360322","role":"PARTNER"}],
             "plannedInvestment":{"currency":"CNY","bySource":[{"source":"CENTRAL_BUDGET","amount":1000.00}]},
             "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
             "milestones":[{"name":"First bus","due":"2026-12-31"}],
             "outcomes":[{"indicatorCode":"VILLAGES_WITH_BUS_SERVICE","baseline":100,"baselinePeriod":"2024",
                          "target":140,"targetPeriod":"2027"}]}""";

    private final String databases = "zt_outage_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private LocalZoneSettings settings;
    private LocalZone zone;

    @BeforeAll
    void startTheZone() {
        assumeTrue(TestDatabase.onPostgres(), "an outage needs PostgreSQL: run with -Ppostgres");
        settings = LocalZones.settings(dataDir, databases);
        zone = new LocalZone(settings).start();
    }

    @AfterAll
    void stopTheZone() {
        if (zone != null) {
            restore(ServiceProcess.Kind.INDICATORS);
            restore(ServiceProcess.Kind.COOPERATION);
            zone.close();
        }
    }

    @Test
    void everyRecordWaitsOutAMinuteWithoutTheConsumersDatabases() {
        UPDATED.forEach(county -> awaitReplicasOf(county, 1));
        await().atMost(WAIT).until(() -> http(ServiceProcess.Kind.COOPERATION)
                .get("/api/v1/indicators/VILLAGES_WITH_BUS_SERVICE").status() == 200);
        ZoneHttp.Response proposed = http(ServiceProcess.Kind.COOPERATION).as("zone-office/outage")
                .post("/api/v1/projects", PROPOSAL);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String project = proposed.json("$.id");

        Instant outageBegan = Instant.now();
        cutOff(ServiceProcess.Kind.COOPERATION);
        for (String county : List.of("430181", "360322")) {
            for (int revision = 1; revision <= 3; revision++) {
                ZoneHttp.Response reported = http(ServiceProcess.Kind.INDICATORS).as("zone-office/outage")
                        .post("/api/v1/values", """
                                {"countyCode":"%s","indicatorCode":"VILLAGES_WITH_BUS_SERVICE","period":"2025",
                                 "value":%d,"reason":"revised during the outage"}""".formatted(county, 100 + revision));
                assertThat(reported.status()).as(reported.toString()).isIn(200, 201);
            }
        }
        await().atMost(WAIT).until(() -> Prometheus.scrape(operator(ServiceProcess.Kind.INDICATORS))
                .sum("zone_outbox_backlog", "") == 0);
        cutOff(ServiceProcess.Kind.INDICATORS);
        for (String county : UPDATED) {
            rename(county, 1, "during the outage");
            rename(county, 2, "still during the outage");
        }
        // The outage is the scenario: it lasts its minute. (Metrics are not read meanwhile: their outbox gauges
        // ask the database that is away.)
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> Duration.between(outageBegan, Instant.now()).compareTo(OUTAGE) >= 0);
        restore(ServiceProcess.Kind.INDICATORS);
        restore(ServiceProcess.Kind.COOPERATION);

        UPDATED.forEach(county -> awaitReplicasOf(county, 3));
        await().atMost(WAIT).untilAsserted(() -> {
            ZoneHttp.Response outcomes = http(ServiceProcess.Kind.COOPERATION).get("/api/v1/projects/" + project
                    + "/outcomes");
            assertThat(outcomes.<List<Integer>>json("$.outcomes[0].values[*].revision")).containsExactly(3, 3);
            assertThat(outcomes.<List<Number>>json("$.outcomes[0].values[*].value"))
                    .allSatisfy(value -> assertThat(value.intValue()).isEqualTo(103));
        });
        for (ServiceProcess.Kind consumer : List.of(ServiceProcess.Kind.INDICATORS, ServiceProcess.Kind.COOPERATION)) {
            assertThat(retries(consumer)).as("%s waited on its records", consumer).isPositive();
            assertThat(operator(consumer).get("/api/v1/dead-letters").<List<Object>>json("$"))
                    .as("records %s parked", consumer).isEmpty();
            assertThat(Prometheus.scrape(operator(consumer)).sum("zone_consumer_dead_lettered_total", ""))
                    .isZero();
        }
    }

    private void rename(String county, long version, String why) {
        ZoneHttp registry = http(ServiceProcess.Kind.REGISTRY).as("zone-office/outage");
        ZoneHttp.Response current = registry.get("/api/v1/counties/" + county);
        ZoneHttp.Response renamed = registry.put("/api/v1/counties/" + county, """
                {"nameZh":"%s","nameEn":"%s","kind":"%s","reason":"%s"}""".formatted(current.json("$.nameZh"),
                current.json("$.nameEn") + " (" + version + ")", current.json("$.kind"), why), "If-Match",
                "\"" + version + "\"");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    private void awaitReplicasOf(String county, long version) {
        await().atMost(WAIT).untilAsserted(() -> {
            for (ServiceProcess.Kind replica : List.of(ServiceProcess.Kind.INDICATORS, ServiceProcess.Kind.COOPERATION)) {
                assertThat(http(replica).get("/api/v1/counties/" + county).etag()).as(replica.serviceName())
                        .isEqualTo("\"" + version + "\"");
            }
        });
    }

    private double retries(ServiceProcess.Kind consumer) {
        return Prometheus.scrape(operator(consumer)).sum("zone_consumer_retries_total", "");
    }

    private void cutOff(ServiceProcess.Kind service) {
        TestDatabase.cutOff(LocalZones.databaseOf(databases, service));
    }

    private void restore(ServiceProcess.Kind service) {
        TestDatabase.restore(LocalZones.databaseOf(databases, service));
    }

    private ZoneHttp operator(ServiceProcess.Kind service) {
        return http(service).as("zone-operator");
    }

    private ZoneHttp http(ServiceProcess.Kind service) {
        return ZoneHttp.at(zone.service(service).baseUrl(),
                ZoneIssuer.attach(settings.issuer(), settings.credentialsFile()));
    }
}
