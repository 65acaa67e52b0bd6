package zone.xianggan.identity.agency.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import zone.xianggan.identity.Issuer;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * The register of agencies over real HTTP with real tokens: who may do what, what a refusal says, that a refused
 * request writes nothing, and what the history records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyApiIT {

    private static final String AGENCIES = "/api/v1/agencies";

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    Issuer issuer;
    ZoneHttp http;

    @BeforeEach
    void issuer() {
        issuer = Issuer.at(port, properties.credentialsFile());
        http = issuer.http();
    }

    // --- who may

    @Test
    void noTokenOrABadOneIsABearerChallengeThatWritesNothing() throws Exception {
        String id = fresh("outsider");
        String body = subscriber(id);
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(),
                new JWTClaimsSet.Builder().issuer(properties.issuer()).subject("zone-office").audience("xianggan-zone")
                        .claim("agency_kind", "ZONE_OFFICE").claim("scope", "agencies.manage")
                        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        forged.sign(new RSASSASigner(stranger));

        List<ZoneHttp.Response> refused = List.of(
                http.post(AGENCIES, body),
                http.post(AGENCIES, body, "Authorization", "Bearer not-a-token"),
                http.post(AGENCIES, body, "Authorization", "Bearer " + forged.serialize()),
                http.get(AGENCIES));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.contentType()).startsWith("application/problem+json");
        });
        assertThat(exists(id)).isFalse();
    }

    @Test
    void onlyTheZoneOfficeManagesAgencies() {
        String id = fresh("refused");
        String manageRule = "agencies are managed by the zone office (scope agencies.manage)";

        for (String agency : List.of("liuyang", "hunan-drc", "zone-operator", "demo-subscriber", "registry-service")) {
            ZoneHttp.Response response = http.post(AGENCIES, subscriber(id), issuer.bearer(agency));
            assertThat(response.status()).as(agency).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.<String>json("$.detail")).isEqualTo(manageRule);
        }
        String liling = etag("liling");
        ZoneHttp.Response disable = http.post(AGENCIES + "/liling/disablement", "{\"reason\": \"no\"}",
                issuer.bearer("jiangxi-drc", "If-Match", liling));
        ZoneHttp.Response rotate = http.post(AGENCIES + "/liling/secret", null,
                issuer.bearer("zone-operator", "If-Match", liling));
        ZoneHttp.Response topics = http.put(AGENCIES + "/demo-subscriber/topics",
                "{\"topics\": [], \"reason\": \"no\"}",
                issuer.bearer("demo-subscriber", "If-Match", etag("demo-subscriber")));

        assertThat(List.of(disable, rotate, topics)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.<String>json("$.detail")).isEqualTo(manageRule);
        });
        assertThat(exists(id)).isFalse();
        assertThat(etag("liling")).isEqualTo(liling);
        assertThat(issuer.requestToken("liling", issuer.secret("liling")).status()).isEqualTo(200);
    }

    @Test
    void onlyTheZoneOfficeOrTheOperatorReadsTheRegister() {
        ZoneHttp.Response byOffice = http.get(AGENCIES, issuer.bearer("zone-office"));
        ZoneHttp.Response byOperator = http.get(AGENCIES + "?kind=UNIT_AGENCY", issuer.bearer("zone-operator"));
        ZoneHttp.Response byUnit = http.get(AGENCIES + "/liuyang", issuer.bearer("liuyang"));
        ZoneHttp.Response badKind = http.get(AGENCIES + "?kind=MAYOR", issuer.bearer("zone-office"));

        assertThat(byOffice.status()).isEqualTo(200);
        assertThat(byOffice.<List<String>>json("$[*].id")).contains("liuyang", "hunan-drc", "jiangxi-drc",
                "zone-office", "zone-operator", "demo-subscriber", "zone-dashboard", "registry-service",
                "indicators-service", "cooperation-service", "identity-service");
        assertThat(byOffice.body()).doesNotContain("secret_hash", "secretHash", "bcrypt", "clientSecret");
        assertThat(byOperator.<List<String>>json("$[*].kind")).hasSize(24).containsOnly("UNIT_AGENCY");
        assertThat(byUnit.status()).isEqualTo(403);
        assertThat(byUnit.<String>json("$.detail")).isEqualTo(
                "agencies are read by the zone office (scope agencies.manage) or the operator (scope zone.ops)");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.<String>json("$.field")).isEqualTo("kind");
    }

    // --- registering

    @Test
    void aRegisteredAgencyIsShownItsWorkingSecretOnce() {
        String id = fresh("stats");
        ZoneHttp.Response registered = http.post(AGENCIES, """
                {"id": "%s", "kind": "SUBSCRIBER", "nameZh": "湖南省统计局", "nameEn": "Hunan Statistics Bureau",
                 "topics": ["registry.counties.v1"], "reason": "pilot subscriber"}""".formatted(id),
                issuer.bearer("zone-office", "X-Actor", "li.ming"));

        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        assertThat(registered.headers().getFirst("Location")).isEqualTo(AGENCIES + "/" + id);
        assertThat(registered.etag()).isEqualTo("\"1\"");
        assertThat(registered.headers().getFirst("Cache-Control")).contains("no-store");
        assertThat(registered.<List<String>>json("$.scopes")).containsExactly("zone.read");
        assertThat(registered.<Boolean>json("$.enabled")).isTrue();
        String secret = registered.json("$.clientSecret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);

        ZoneHttp.Response read = http.get(AGENCIES + "/" + id, issuer.bearer("zone-office"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.body()).doesNotContain("clientSecret", secret);
        assertThat(read.<List<String>>json("$.topics")).containsExactly("registry.counties.v1");
        assertThat(read.<String>json("$.createdBy")).isEqualTo("zone-office");
        assertThat(jdbc.queryForObject("SELECT secret_hash FROM agency WHERE id = ?", String.class, id))
                .startsWith("{bcrypt}").doesNotContain(secret);

        issuer.remember(id, secret);
        assertThat(issuer.token(id)).isNotBlank();
    }

    @Test
    void aRegistrationThatBreaksARuleIs422NamingTheFieldWithoutWritingAnything() {
        String id = fresh("bad");
        record Case(String body, String field) {
        }
        List<Case> cases = List.of(
                new Case("""
                        {"id": "%s", "kind": "UNIT_AGENCY", "unit": "430181", "nameZh": "x", "nameEn": "x",
                         "scopes": ["zone.read", "catalogue.manage"]}""", "scopes"),
                new Case("""
                        {"id": "%s", "kind": "UNIT_AGENCY", "nameZh": "x", "nameEn": "x"}""", "unit"),
                new Case("""
                        {"id": "%s", "kind": "UNIT_AGENCY", "unit": "440304", "nameZh": "x", "nameEn": "x"}""",
                        "unit"),
                new Case("""
                        {"id": "%s", "kind": "PROVINCIAL_DRC", "province": "440000", "nameZh": "x", "nameEn": "x"}""",
                        "province"),
                new Case("""
                        {"id": "%s", "kind": "ZONE_OFFICE", "unit": "430181", "nameZh": "x", "nameEn": "x"}""",
                        "unit"),
                new Case("""
                        {"id": "%s", "kind": "OPERATOR", "nameZh": "x", "nameEn": "x",
                         "topics": ["registry.counties.v1"]}""", "topics"),
                new Case("""
                        {"id": "%s", "kind": "SUBSCRIBER", "nameZh": "x", "nameEn": "x", "topics": ["secrets.v1"]}""",
                        "topics"),
                new Case("""
                        {"id": "%s", "kind": "SERVICE", "nameZh": "x", "nameEn": "x"}""", "kind"),
                new Case("""
                        {"id": "%s", "kind": "SUBSCRIBER", "nameEn": "x"}""", "nameZh"));

        for (Case refused : cases) {
            ZoneHttp.Response response = http.post(AGENCIES, refused.body().formatted(id),
                    issuer.bearer("zone-office"));
            assertThat(response.status()).as(refused.body()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemFields()).as(refused.body()).contains(refused.field());
        }
        ZoneHttp.Response badId = http.post(AGENCIES, subscriber("Not_An_Id"), issuer.bearer("zone-office"));
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.problemFields()).containsExactly("id");
        assertThat(exists(id)).isFalse();
    }

    @Test
    void aMalformedRegistrationIs400NamingTheField() {
        String id = fresh("malformed");
        ZoneHttp.Response unknownProperty = http.post(AGENCIES, """
                {"id": "%s", "kind": "SUBSCRIBER", "nameZh": "x", "nameEn": "x", "clientSecret": "mine"}"""
                .formatted(id), issuer.bearer("zone-office"));
        ZoneHttp.Response badKind = http.post(AGENCIES, """
                {"id": "%s", "kind": "MAYOR", "nameZh": "x", "nameEn": "x"}""".formatted(id),
                issuer.bearer("zone-office"));
        ZoneHttp.Response notJson = http.post(AGENCIES, "{\"id\": ", issuer.bearer("zone-office"));

        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(unknownProperty.<String>json("$.field")).isEqualTo("clientSecret");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.<String>json("$.field")).isEqualTo("kind");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(exists(id)).isFalse();
    }

    @Test
    void aDuplicateRegistrationIs409NamingTheId() {
        ZoneHttp.Response duplicate = http.post(AGENCIES, subscriber("liuyang"), issuer.bearer("zone-office"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.<String>json("$.field")).isEqualTo("id");
        assertThat(http.get(AGENCIES + "/liuyang", issuer.bearer("zone-office")).etag()).isEqualTo("\"1\"");
    }

    @Test
    void anUnknownIdIsNotFound() {
        ZoneHttp.Response unknown = http.get(AGENCIES + "/nobody-here", issuer.bearer("zone-office"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedIdIs400NamingIt() {
        ZoneHttp.Response malformed = http.get(AGENCIES + "/NOBODY", issuer.bearer("zone-office"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.<String>json("$.field")).isEqualTo("id");
    }

    // --- changing

    @Test
    void aNewSecretReplacesTheOldOneAtOnce() {
        String id = register(fresh("rotating"));
        String oldSecret = issuer.secret(id);

        ZoneHttp.Response withoutIfMatch = http.post(AGENCIES + "/" + id + "/secret", null,
                issuer.bearer("zone-office"));
        ZoneHttp.Response stale = http.post(AGENCIES + "/" + id + "/secret", null,
                issuer.bearer("zone-office", "If-Match", "\"7\""));
        ZoneHttp.Response rotated = http.post(AGENCIES + "/" + id + "/secret", "{\"reason\": \"leaked\"}",
                issuer.bearer("zone-office", "If-Match", "\"1\""));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.<String>json("$.field")).isEqualTo("If-Match");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.<String>json("$.field")).isEqualTo("If-Match");
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
        assertThat(rotated.etag()).isEqualTo("\"2\"");
        String newSecret = rotated.json("$.clientSecret");
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(issuer.requestToken(id, oldSecret).status()).isEqualTo(401);
        assertThat(issuer.requestToken(id, newSecret).status()).isEqualTo(200);
        assertThat(http.get(AGENCIES + "/" + id + "/history", issuer.bearer("zone-office")).body())
                .contains("SECRET_ROTATED").doesNotContain(newSecret, oldSecret);
    }

    @Test
    void disablingNeedsAReason() {
        String id = register(fresh("unreasoned"));

        ZoneHttp.Response noReason = http.post(AGENCIES + "/" + id + "/disablement", "{}",
                issuer.bearer("zone-office", "If-Match", "\"1\""));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.<String>json("$.field")).isEqualTo("reason");
    }

    @Test
    void disablingLocksTheAgencyOutUntilItIsEnabledAgain() {
        String id = disabled(fresh("disabled"));

        assertThat(issuer.requestToken(id, issuer.secret(id)).status()).isEqualTo(401);

        ZoneHttp.Response enabled = http.post(AGENCIES + "/" + id + "/enablement", "{\"reason\": \"renewed\"}",
                issuer.bearer("zone-office", "If-Match", "\"2\""));
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.etag()).isEqualTo("\"3\"");
        assertThat(issuer.requestToken(id, issuer.secret(id)).status()).isEqualTo(200);
    }

    @Test
    void aDisabledAgencyIsNotDisabledAgain() {
        String id = disabled(fresh("disabled-twice"));

        ZoneHttp.Response again = http.post(AGENCIES + "/" + id + "/disablement", "{\"reason\": \"twice\"}",
                issuer.bearer("zone-office", "If-Match", "\"2\""));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.field")).isEqualTo("enabled");
    }

    @Test
    void theZonesServicesAreNotDisabled() {
        ZoneHttp.Response service = http.post(AGENCIES + "/registry-service/disablement", "{\"reason\": \"x\"}",
                issuer.bearer("zone-office", "If-Match", etag("registry-service")));

        assertThat(service.status()).isEqualTo(409);
        assertThat(service.<String>json("$.field")).isEqualTo("kind");
        assertThat(issuer.requestToken("registry-service", issuer.secret("registry-service")).status())
                .isEqualTo(200);
    }

    @Test
    void theCallerDoesNotDisableItself() {
        ZoneHttp.Response itself = http.post(AGENCIES + "/zone-office/disablement", "{\"reason\": \"x\"}",
                issuer.bearer("zone-office", "If-Match", etag("zone-office")));

        assertThat(itself.status()).isEqualTo(409);
    }

    @Test
    void identityServicesOwnSecretIsNotReplacedThroughTheApi() {
        ZoneHttp.Response ownSecret = http.post(AGENCIES + "/identity-service/secret", null,
                issuer.bearer("zone-office", "If-Match", etag("identity-service")));

        assertThat(ownSecret.status()).isEqualTo(409);
    }

    @Test
    void aSubscribersTopicsAreReplacedWhole() {
        String id = register(fresh("topics"));

        ZoneHttp.Response granted = http.put(AGENCIES + "/" + id + "/topics", """
                {"topics": ["indicators.values.v1", "cooperation.projects.v1"], "reason": "dashboard"}""",
                issuer.bearer("zone-office", "If-Match", "\"1\""));
        ZoneHttp.Response unknown = http.put(AGENCIES + "/" + id + "/topics", """
                {"topics": ["registry.secrets.v1"], "reason": "x"}""",
                issuer.bearer("zone-office", "If-Match", "\"2\""));

        assertThat(granted.status()).as("%s", granted).isEqualTo(200);
        assertThat(granted.<List<String>>json("$.topics")).containsExactly("cooperation.projects.v1",
                "indicators.values.v1");
        assertThat(granted.etag()).isEqualTo("\"2\"");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.<String>json("$.field")).isEqualTo("topics");
        assertThat(etag(id)).isEqualTo("\"2\"");
    }

    @Test
    void onlyASubscriberHasTopics() {
        ZoneHttp.Response notASubscriber = http.put(AGENCIES + "/liuyang/topics", """
                {"topics": ["indicators.values.v1"], "reason": "x"}""",
                issuer.bearer("zone-office", "If-Match", "\"1\""));

        assertThat(notASubscriber.status()).isEqualTo(409);
        assertThat(notASubscriber.<String>json("$.field")).isEqualTo("kind");
    }

    // --- who did it

    @Test
    void theHistoryRecordsThePersonActingForAnAgencyApartFromIt() {
        String id = register(fresh("history"));

        http.post(AGENCIES + "/" + id + "/disablement", "{\"reason\": \"audit\"}",
                issuer.bearer("zone-office", "If-Match", "\"1\"", "X-Actor", "  wang.fang  "));
        http.post(AGENCIES + "/" + id + "/enablement", "{\"reason\": \"audit done\"}",
                issuer.bearer("zone-office", "If-Match", "\"2\"", "X-Actor", "system:seed"));
        ZoneHttp.Response history = http.get(AGENCIES + "/" + id + "/history", issuer.bearer("zone-operator"));

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.<List<String>>json("$[*].changeType")).containsExactly("REGISTERED", "DISABLED",
                "ENABLED");
        assertThat(history.<List<String>>json("$[*].actor")).containsOnly("zone-office");
        assertThat(history.<String>json("$[1].person")).isEqualTo("wang.fang");
        assertThat(history.<String>json("$[1].reason")).isEqualTo("audit");
        assertThat(history.<Boolean>json("$[1].changes.enabled.to")).isFalse();
        assertThat(history.<String>json("$[2].actor")).as("a name in X-Actor is never the system")
                .isEqualTo("zone-office");
        assertThat(history.<String>json("$[2].person")).isEqualTo("system:seed");
        assertThat(http.get(AGENCIES + "/liuyang/history", issuer.bearer("zone-office"))
                .<String>json("$[0].actor")).as("only seeding is the system's").isEqualTo("system:seed");
    }

    @Test
    void anActorHeaderThatIsNoPersonsNameIs400WithoutWritingAnything() {
        String id = register(fresh("actor"));

        ZoneHttp.Response tooLong = http.post(AGENCIES + "/" + id + "/disablement", "{\"reason\": \"x\"}",
                issuer.bearer("zone-office", "If-Match", "\"1\"", "X-Actor", "a".repeat(121)));
        // A C1 control character (NEL, sent as the byte 0x85): Tomcat lets it through, the API refuses it. Java's HTTP
        // client will not send it; a socket will.
        String control = raw("POST " + AGENCIES + "/" + id + "/disablement", "{\"reason\": \"x\"}",
                issuer.bearer("zone-office", "If-Match", "\"1\"", "X-Actor", "li\u0085ming"));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.<String>json("$.field")).isEqualTo("X-Actor");
        assertThat(control).startsWith("HTTP/1.1 400").contains("\"field\":\"X-Actor\"");
        assertThat(etag(id)).isEqualTo("\"1\"");
    }

    // --- helpers

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String subscriber(String id) {
        return """
                {"id": "%s", "kind": "SUBSCRIBER", "nameZh": "测试", "nameEn": "Test subscriber"}""".formatted(id);
    }

    /** A newly registered subscriber, disabled by the zone office (version 2). */
    private String disabled(String id) {
        register(id);
        ZoneHttp.Response disabled = http.post(AGENCIES + "/" + id + "/disablement",
                "{\"reason\": \"contract ended\"}", issuer.bearer("zone-office", "If-Match", "\"1\""));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.<Boolean>json("$.enabled")).isFalse();
        return id;
    }

    private String register(String id) {
        ZoneHttp.Response registered = http.post(AGENCIES, subscriber(id), issuer.bearer("zone-office"));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        issuer.remember(id, registered.json("$.clientSecret"));
        return id;
    }

    /** The answer to a request written byte by byte, headers as name, value pairs. */
    private String raw(String requestLine, String json, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length)
                .append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String etag(String id) {
        return http.get(AGENCIES + "/" + id, issuer.bearer("zone-office")).etag();
    }

    private boolean exists(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE id = ?", Integer.class, id) > 0;
    }
}
