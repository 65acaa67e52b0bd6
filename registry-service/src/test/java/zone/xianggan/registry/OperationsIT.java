package zone.xianggan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/** What operators and integrators rely on: health groups, metrics, the OpenAPI document. */
@ZoneServiceTest
class OperationsIT {

    @LocalServerPort
    int port;

    ZoneHttp http;

    @BeforeEach
    void client() {
        http = ZoneHttp.at("http://127.0.0.1:" + port);
    }

    @Test
    void healthIsOpenWithItsProbeGroups() {
        ZoneHttp outsider = http.anonymous();
        assertThat(outsider.get("/actuator/health").<String>json("$.status")).isEqualTo("UP");
        assertThat(outsider.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(outsider.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void prometheusShowsTheOutboxMetrics() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = http.as("zone-operator").get("/actuator/prometheus").body();
            assertThat(metrics).contains("zone_outbox_backlog{", "zone_outbox_oldest_pending_age_seconds{",
                    "zone_outbox_publish_failures_total{", "zone_outbox_publication_delay_seconds_count{");
            assertThat(metrics).containsPattern("zone_outbox_published_total\\{[^}]*} ([2-9][0-9]|[1-9][0-9]{2,})");
        });
    }

    @Test
    void publishesItsOpenApiDocument() {
        ZoneHttp.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>json("$.info.title")).isEqualTo("Xiang-Gan Zone registry-service");
        assertThat(docs.<String>json("$.info.version")).as("the build's version").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(docs.<String>json("$.info.description")).contains("24 county-level units", "registry.counties.v1");
        assertThat(docs.<List<String>>json("$.servers[*].url")).containsExactly("http://localhost:8081");
        assertThat(docs.<String>json("$.components.securitySchemes.agency.type")).isEqualTo("oauth2");
        assertThat(docs.body()).contains("/api/v1/counties/{code}/retirement", "/api/v1/zone", "/api/v1/clusters");
    }

    @Test
    void servesSwaggerUi() {
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void servesTheZonesAsyncApiDocumentWithoutAToken() {
        ZoneHttp.Response document = http.anonymous().get("/asyncapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.headers().getContentType()).hasToString("application/json");
        assertThat(document.<String>json("$.asyncapi")).isEqualTo("3.0.0");
        assertThat(document.<String>json("$.channels['registry.counties.v1']['x-owner']"))
                .isEqualTo("registry-service");
        assertThat(document.<String>json("$.channels['cooperation.projects.v1']['x-owner']"))
                .as("the whole zone, not only what this service publishes").isEqualTo("cooperation-service");
        assertThat(document.<Integer>json("$.channels['registry.counties.v1'].bindings.kafka.partitions"))
                .as("this deployment's zone.kafka.partitions").isEqualTo(3);
        assertThat(document.<String>json("$.components.securitySchemes.agencyToken.flows.clientCredentials.tokenUrl"))
                .endsWith("/oauth2/token");
    }
}
