package zone.xianggan.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;

import zone.xianggan.identity.IdentityApplication;
import zone.xianggan.identity.Issuer;
import zone.xianggan.testsupport.TestDatabase;

/** A restart of identity-service, on the database it had, keeps every token it issued valid. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aTokenIssuedBeforeARestartStillVerifiesAgainstTheJwksAfterIt() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.fresh("restart").properties());
        properties.put("server.port", "0");
        properties.put("zone.data-dir", dataDir.toString());

        String token;
        String kid;
        String credentials;
        try (ConfigurableApplicationContext first = start(properties)) {
            Issuer issuer = Issuer.at(port(first), dataDir.resolve("credentials.json"));
            token = issuer.token("hunan-drc");
            kid = Issuer.kid(token);
            credentials = Files.readString(dataDir.resolve("credentials.json"));
        }

        try (ConfigurableApplicationContext second = start(properties)) {
            Issuer issuer = Issuer.at(port(second), dataDir.resolve("credentials.json"));
            JWKSet jwks = issuer.jwks();

            assertThat(jwks.getKeyByKeyId(kid)).as("the key that signed before the restart").isNotNull();
            JWTClaimsSet claims = Issuer.verified(token, jwks);
            assertThat(claims.getSubject()).isEqualTo("hunan-drc");
            assertThat(Issuer.kid(issuer.token("hunan-drc"))).as("the same key signs on").isEqualTo(kid);
            assertThat(Files.readString(dataDir.resolve("credentials.json")))
                    .as("not seeded again: the secrets stay as written").isEqualTo(credentials);
            assertThat(issuer.http().get("/api/v1/agencies/hunan-drc", issuer.bearer("zone-office")).status())
                    .as("a token issued after the restart works on its API").isEqualTo(200);
            assertThat(issuer.http().get("/api/v1/agencies/hunan-drc", "Authorization", "Bearer " + token).status())
                    .as("a token issued before the restart works on its API").isEqualTo(403);
        }
    }

    /** Started as a deployment starts it: the settings on the command line, above application.yml. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IdentityApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
