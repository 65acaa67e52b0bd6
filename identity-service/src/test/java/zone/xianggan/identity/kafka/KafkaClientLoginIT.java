package zone.xianggan.identity.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.SaslConfigs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import zone.xianggan.identity.IssuerProperties;

/**
 * identity-service's Kafka client logs in as Kafka's own OAUTHBEARER login handler does for any client: a token from
 * this issuer's endpoint with the client-credentials grant, checked by Kafka's client-side validator. Creating the
 * Admin client performs that login; no broker needs to answer for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KafkaClientLoginIT {

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    @Autowired
    KafkaClientSecret secret;

    @Test
    void itsKafkaClientLogsInWithATokenFromItsOwnEndpointAsIdentityService() {
        IssuerProperties sasl = saslTo("http://127.0.0.1:" + port + "/oauth2/token");
        var settings = KafkaAdminSettings.of(sasl, secret.read().orElseThrow());

        assertThat(settings).containsEntry(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER")
                .containsEntry(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_ID, "identity-service");
        assertThat(System.getProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls"))
                .contains("http://127.0.0.1:" + port + "/oauth2/token");
        try (Admin admin = Admin.create(settings)) {
            assertThat(admin).isNotNull();
            admin.close(Duration.ZERO);
        }
    }

    @Test
    void withAWrongSecretItsKafkaClientCannotLogIn() {
        IssuerProperties sasl = saslTo("http://127.0.0.1:" + port + "/oauth2/token");

        assertThatThrownBy(() -> Admin.create(KafkaAdminSettings.of(sasl, "not-the-secret")))
                .isInstanceOf(KafkaException.class);
    }

    /** These properties as a deployment with a SASL broker sets them; the broker itself is never reached. */
    private IssuerProperties saslTo(String tokenEndpoint) {
        IssuerProperties.Kafka kafka = new IssuerProperties.Kafka("127.0.0.1:1", "SASL_PLAINTEXT", tokenEndpoint,
                properties.kafka().clientSecretFile(), Duration.ofMinutes(10));
        return new IssuerProperties(properties.issuer(), properties.tokenLifetime(), properties.clockSkew(),
                properties.keyRotationPeriod(), properties.keyCheckInterval(), null, properties.credentialsFile(),
                properties.seedSecrets(), properties.corsAllowedOrigins(), kafka);
    }
}
