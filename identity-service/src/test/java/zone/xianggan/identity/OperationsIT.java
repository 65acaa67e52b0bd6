package zone.xianggan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import zone.xianggan.testsupport.ZoneHttp;

/** What operators and integrators rely on: probes, metrics, the OpenAPI document, the access log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    Issuer issuer;
    ZoneHttp http;
    Logger accessLogger = (Logger) LoggerFactory.getLogger("zone.access");
    ListAppender<ILoggingEvent> accessLog = new ListAppender<>();

    @BeforeEach
    void setUp() {
        issuer = Issuer.at(port, properties.credentialsFile());
        http = issuer.http();
        accessLogger.setLevel(Level.INFO);
        accessLog.start();
        accessLogger.addAppender(accessLog);
    }

    @AfterEach
    void tearDown() {
        accessLogger.detachAppender(accessLog);
    }

    @Test
    void probesAnswerAnyoneWithOnlyUpOrDown() {
        ZoneHttp.Response liveness = http.get("/actuator/health/liveness");
        ZoneHttp.Response readiness = http.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void operationsEndpointsAreTheOperators() {
        ZoneHttp.Response anonymous = http.get("/actuator/prometheus");
        ZoneHttp.Response unit = http.get("/actuator/prometheus", issuer.bearer("liuyang"));
        ZoneHttp.Response office = http.get("/actuator/health", issuer.bearer("zone-office"));
        ZoneHttp.Response operator = http.get("/actuator/prometheus", issuer.bearer("zone-operator"));
        ZoneHttp.Response health = http.get("/actuator/health", issuer.bearer("zone-operator"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(unit.status()).isEqualTo(403);
        assertThat(unit.contentType()).startsWith("application/problem+json");
        assertThat(unit.<String>json("$.detail"))
                .isEqualTo("operations endpoints are for the zone's operator (scope zone.ops)");
        assertThat(office.status()).as("whether it is up is anyone's to ask").isEqualTo(200);
        assertThat(office.body()).as("what it is made of, only the operator's").doesNotContain("components", "db");
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.body()).contains("http_server_requests_seconds_count{", "service=\"identity-service\"");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.<String>json("$.components.db.status")).isEqualTo("UP");
        assertThat(health.body()).as("no Kafka configured: no kafkaAccess").doesNotContain("kafkaAccess");
    }

    @Test
    void publishesItsOpenApiDocumentWithAClientCredentialsFlow() {
        ZoneHttp.Response docs = http.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>json("$.info.title")).isEqualTo("Xiang-Gan Zone identity-service");
        assertThat(docs.<String>json("$.info.version")).as("the build's version").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(docs.<List<String>>json("$.servers[*].url")).containsExactly("http://127.0.0.1:8084");
        assertThat(docs.<String>json("$.info.description")).contains("client-credentials", "xianggan-zone");
        assertThat(docs.<String>json("$.components.securitySchemes.agency.flows.clientCredentials.tokenUrl"))
                .isEqualTo("http://127.0.0.1:8084/oauth2/token");
        assertThat(docs.body()).contains("/api/v1/agencies/{id}/secret", "/api/v1/agencies/{id}/disablement",
                "/api/v1/signing-keys/rotation", "stay valid until they expire");
        assertThat(docs.<List<String>>json("$.paths['/api/v1/agencies/{id}/disablement'].post.parameters[*].name"))
                .contains("X-Actor", "If-Match");
    }

    @Test
    void servesSwaggerUi() {
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void servesTheZonesAsyncApiDocumentWithoutAToken() {
        ZoneHttp.Response document = http.get("/asyncapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.<String>json("$.components.securitySchemes.agencyToken.flows.clientCredentials.tokenUrl"))
                .isEqualTo("http://127.0.0.1:8084/oauth2/token");
        assertThat(document.<Map<String, Object>>json("$.channels['indicators.values.v1'].bindings.kafka"))
                .as("identity-service declares no topic, so it claims no partitions or replicas")
                .containsKey("topicConfiguration").doesNotContainKeys("partitions", "replicas");
    }

    @Test
    void everyRequestLeavesOneAccessLogLineNamingTheAgency() {
        http.get("/api/v1/agencies/liuyang", issuer.bearer("zone-office"));
        http.get("/api/v1/agencies/liuyang");
        issuer.requestToken("liling", issuer.secret("liling"));

        List<String> lines = accessLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(line -> line.matches("zone-office GET /api/v1/agencies/liuyang 200 \\d+ms"));
        assertThat(lines).anyMatch(line -> line.matches("- GET /api/v1/agencies/liuyang 401 \\d+ms"));
        assertThat(lines).anyMatch(line -> line.matches("liling POST /oauth2/token 200 \\d+ms"));
        assertThat(lines).noneMatch(line -> line.contains(issuer.secret("liling")));
    }
}
