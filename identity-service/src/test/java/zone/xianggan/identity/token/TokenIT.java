package zone.xianggan.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;

import zone.xianggan.identity.Issuer;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.testsupport.ZoneHttp;

/** The token endpoint as an agency's system uses it, and the tokens as every verifier reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenIT {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED;

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    Issuer issuer;

    @BeforeEach
    void issuer() {
        issuer = Issuer.at(port, properties.credentialsFile());
    }

    @Test
    void aUnitAgencyGetsASignedTokenOfItsUnitWithAllItsScopes() throws Exception {
        ZoneHttp.Response response = issuer.requestToken("liuyang", issuer.secret("liuyang"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>json("$.token_type")).isEqualTo("Bearer");
        assertThat(response.<Integer>json("$.expires_in")).isBetween(295, 300);
        String token = response.json("$.access_token");
        JWTClaimsSet claims = Issuer.verified(token, issuer.jwks());
        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:8084");
        assertThat(claims.getSubject()).isEqualTo("liuyang");
        assertThat(claims.getAudience()).containsExactly("xianggan-zone");
        assertThat(claims.getStringClaim("agency_kind")).isEqualTo("UNIT_AGENCY");
        assertThat(claims.getStringClaim("unit")).isEqualTo("430181");
        assertThat(claims.getClaims()).doesNotContainKey("province");
        assertThat(claims.getStringClaim("scope")).isEqualTo("projects.propose values.report zone.read");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(claims.getIssueTime().toInstant()).isCloseTo(Instant.now(), within(30, ChronoUnit.SECONDS));
    }

    @Test
    void aProvincialDrcTokenNamesItsProvince() throws Exception {
        JWTClaimsSet claims = Issuer.verified(issuer.token("jiangxi-drc"), issuer.jwks());

        assertThat(claims.getStringClaim("agency_kind")).isEqualTo("PROVINCIAL_DRC");
        assertThat(claims.getStringClaim("province")).isEqualTo("360000");
        assertThat(claims.getClaims()).doesNotContainKey("unit");
        assertThat(claims.getStringClaim("scope").split(" ")).containsExactlyInAnyOrder("zone.read",
                "registry.manage", "projects.propose", "projects.decide");
    }

    @Test
    void theIssuerDoesNotDependOnTheHostHeader() throws Exception {
        // Java's HTTP client will not send a Host header of one's choosing; a socket will.
        String body = "grant_type=client_credentials&client_id=zone-office&client_secret="
                + issuer.secret("zone-office");
        String answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /oauth2/token HTTP/1.1\r\nHost: attacker.example:8084\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer);

        assertThat(answer).as("client_secret_post").startsWith("HTTP/1.1 200");
        assertThat(token.find()).isTrue();
        JWTClaimsSet claims = Issuer.verified(token.group(1), issuer.jwks());
        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:8084");
        assertThat(claims.getStringClaim("agency_kind")).isEqualTo("ZONE_OFFICE");
        assertThat(claims.getClaims()).doesNotContainKeys("unit", "province");
    }

    @Test
    void aRequestNamingScopesGetsThoseOnly() throws Exception {
        ZoneHttp.Response narrow = issuer.requestToken("liuyang", issuer.secret("liuyang"), "scope", "zone.read");
        ZoneHttp.Response beyond = issuer.requestToken("liuyang", issuer.secret("liuyang"), "scope",
                "zone.read%20zone.ops");

        assertThat(narrow.status()).isEqualTo(200);
        assertThat(Issuer.verified(narrow.json("$.access_token"), issuer.jwks()).getStringClaim("scope"))
                .isEqualTo("zone.read");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.<String>json("$.error")).isEqualTo("invalid_scope");
    }

    @Test
    void aCallerWithoutValidClientCredentialsGetsNoToken() {
        ZoneHttp.Response wrongSecret = issuer.requestToken("liuyang", issuer.secret("liling"));
        ZoneHttp.Response unknown = issuer.requestToken("nobody", "whatever");
        ZoneHttp.Response none = issuer.http().send(HttpMethod.POST, "/oauth2/token", FORM,
                "grant_type=client_credentials");

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.<String>json("$.error")).isEqualTo("invalid_client");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.<String>json("$.error")).isEqualTo("invalid_client");
        assertThat(none.status()).isEqualTo(401);
    }

    @Test
    void aDisabledAgencyGetsNoTokenUntilEnabledAgain() {
        ZoneHttp.Response registered = issuer.http().post("/api/v1/agencies", """
                {"id": "token-test-subscriber", "kind": "SUBSCRIBER", "nameZh": "测试订阅方", "nameEn": "Test"}""",
                issuer.bearer("zone-office"));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        String secret = registered.json("$.clientSecret");
        assertThat(issuer.requestToken("token-test-subscriber", secret).status()).isEqualTo(200);

        ZoneHttp.Response disabled = issuer.http().post("/api/v1/agencies/token-test-subscriber/disablement",
                "{\"reason\": \"test\"}", issuer.bearer("zone-office", "If-Match", registered.etag()));
        ZoneHttp.Response refused = issuer.requestToken("token-test-subscriber", secret);
        ZoneHttp.Response enabled = issuer.http().post("/api/v1/agencies/token-test-subscriber/enablement",
                "{\"reason\": \"test\"}", issuer.bearer("zone-office", "If-Match", disabled.etag()));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.<String>json("$.error")).isEqualTo("invalid_client");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(issuer.requestToken("token-test-subscriber", secret).status()).isEqualTo(200);
    }

    @Test
    void theOnlyGrantIsClientCredentials() {
        ZoneHttp.Response password = issuer.http().send(HttpMethod.POST, "/oauth2/token", FORM,
                "grant_type=authorization_code&code=x&client_id=liuyang"
                        + "&client_secret=" + issuer.secret("liuyang"));

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.<String>json("$.error")).isIn("unauthorized_client", "invalid_grant");
    }

    @Test
    void theMetadataDescribesThisIssuer() {
        ZoneHttp.Response metadata = issuer.http().get("/.well-known/oauth-authorization-server");

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.<String>json("$.issuer")).isEqualTo("http://127.0.0.1:8084");
        assertThat(metadata.<String>json("$.token_endpoint")).isEqualTo("http://127.0.0.1:8084/oauth2/token");
        assertThat(metadata.<String>json("$.jwks_uri")).isEqualTo("http://127.0.0.1:8084/oauth2/jwks");
        assertThat(metadata.<List<String>>json("$.grant_types_supported")).containsExactly("client_credentials");
        assertThat(metadata.<List<String>>json("$.token_endpoint_auth_methods_supported"))
                .containsExactlyInAnyOrder("client_secret_basic", "client_secret_post");
    }

    @Test
    void theJwksPublishesPublicKeysOnly() {
        JWKSet jwks = issuer.jwks();

        assertThat(jwks.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
            assertThat(key.toRSAKey().size()).isEqualTo(2048);
        });
        assertThat(issuer.http().get("/oauth2/jwks").body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void theZonesSwaggerUisMayGetATokenFromABrowser() {
        ZoneHttp.Response allowed = issuer.http().send(HttpMethod.OPTIONS, "/oauth2/token", null, null,
                "Origin", "http://localhost:8081", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type");
        ZoneHttp.Response elsewhere = issuer.http().send(HttpMethod.OPTIONS, "/oauth2/token", null, null,
                "Origin", "http://attacker.example", "Access-Control-Request-Method", "POST");
        ZoneHttp.Response token = issuer.http().send(HttpMethod.POST, "/oauth2/token", FORM,
                "grant_type=client_credentials&client_id=liuyang"
                        + "&client_secret=" + issuer.secret("liuyang"), "Origin", "http://127.0.0.1:8082");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().getFirst("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8081");
        assertThat(allowed.headers().getFirst("Access-Control-Allow-Headers")).contains("authorization");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.headers().getFirst("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:8082");
    }
}
