package zone.xianggan.identity.signingkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import zone.xianggan.identity.Issuer;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.signingkey.application.RotatingSigningKeys;
import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * Rotation, with tokens of 2 seconds and 1 second of allowed skew: a retired key is published for 3 seconds after its
 * retirement, so the whole life of a key fits in a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zone.identity.token-lifetime=2s", "zone.identity.clock-skew=1s", "zone.identity.key-check-interval=500ms" })
class SigningKeyRotationIT {

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    @Autowired
    RotatingSigningKeys rotating;

    @Autowired
    JdbcTemplate jdbc;

    Issuer issuer;

    @BeforeEach
    void issuer() {
        issuer = Issuer.at(port, properties.credentialsFile());
    }

    @Test
    void rotatingTheKeyKeepsTheOldOnePublishedUntilItsTokensHaveExpired() {
        String before = issuer.token("liling");
        String oldKid = Issuer.kid(before);

        ZoneHttp.Response rotated = issuer.http().post("/api/v1/signing-keys/rotation", null,
                issuer.bearer("zone-operator"));

        assertThat(rotated.status()).as("%s", rotated).isEqualTo(201);
        String newKid = rotated.json("$.kid");
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotated.headers().getFirst("Location")).isEqualTo("/api/v1/signing-keys/" + newKid);
        String after = issuer.token("liling");
        assertThat(Issuer.kid(after)).as("new tokens are signed with the new key").isEqualTo(newKid);
        assertThat(issuer.jwks().getKeyByKeyId(oldKid)).as("the old key is still published").isNotNull();
        Issuer.verified(before, issuer.jwks());
        Issuer.verified(after, issuer.jwks());

        ZoneHttp.Response keys = issuer.http().get("/api/v1/signing-keys", issuer.bearer("zone-operator"));
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.body()).doesNotContain("privateKey", "\"d\"");
        Instant retiredAt = Instant.parse(keys.<List<String>>json("$[?(@.kid == '" + oldKid + "')].retiredAt")
                .getFirst());
        Instant publishedUntil = Instant.parse(keys.<List<String>>json(
                "$[?(@.kid == '" + oldKid + "')].publishedUntil").getFirst());
        assertThat(Duration.between(retiredAt, publishedUntil)).isEqualTo(Duration.ofSeconds(3));
        assertThat(keys.<List<Boolean>>json("$[?(@.kid == '" + newKid + "')].active")).containsExactly(true);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(issuer.jwks().getKeyByKeyId(oldKid)).as("dropped from the JWKS").isNull());
        assertThat(Instant.now()).isAfterOrEqualTo(publishedUntil);
        assertThat(issuer.jwks().getKeyByKeyId(newKid)).isNotNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                issuer.http().get("/api/v1/signing-keys", issuer.bearer("zone-operator")).body())
                .as("and deleted").doesNotContain(oldKid));
    }

    @Test
    void onlyTheOperatorManagesTheSigningKeys() {
        String active = activeKid();

        ZoneHttp.Response byOffice = issuer.http().post("/api/v1/signing-keys/rotation", null,
                issuer.bearer("zone-office"));
        ZoneHttp.Response listedByUnit = issuer.http().get("/api/v1/signing-keys", issuer.bearer("liuyang"));
        ZoneHttp.Response anonymous = issuer.http().post("/api/v1/signing-keys/rotation", null);

        assertThat(byOffice.status()).isEqualTo(403);
        assertThat(byOffice.contentType()).startsWith("application/problem+json");
        assertThat(byOffice.<String>json("$.detail")).isEqualTo(
                "operations are run by the zone's operator (scope zone.ops)");
        assertThat(listedByUnit.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(activeKid()).as("nothing rotated").isEqualTo(active);
    }

    @Test
    void neverTwoActiveKeys() throws Exception {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO signing_key (kid, private_key, private_key_encryption, public_key, created_at, active)
                VALUES (?, ?, 'NONE', ?, ?, 'Y')""", "intruder", new byte[] { 0 }, new byte[] { 0 },
                OffsetDateTime.now(ZoneOffset.UTC)))
                .isInstanceOf(DataIntegrityViolationException.class);

        Caller operator = new Caller(new Agency("zone-operator", AgencyKind.OPERATOR, null, null,
                AgencyKind.OPERATOR.grantableScopes()), null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> rotations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rotations.add(() -> rotating.rotate(operator));
            }
            for (Future<Object> rotation : pool.invokeAll(rotations)) {
                rotation.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_key WHERE active = 'Y'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_key WHERE retired_at IS NULL", Integer.class))
                .isEqualTo(1);
    }

    private String activeKid() {
        return jdbc.queryForObject("SELECT kid FROM signing_key WHERE active = 'Y'", String.class);
    }
}
