package zone.xianggan.identity.kafka;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.internals.BrokerSecurityConfigs;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zone.xianggan.events.ServiceNames;
import zone.xianggan.identity.IssuerProperties;

/**
 * How identity-service's Admin client reaches the broker: as agency {@code identity-service} (a super user there),
 * over SASL/OAUTHBEARER with a token from its own token endpoint, fetched by Kafka's own login handler; or over
 * PLAINTEXT where a broker has no authentication (tests).
 */
final class KafkaAdminSettings {

    private static final Logger log = LoggerFactory.getLogger(KafkaAdminSettings.class);

    private KafkaAdminSettings() {
    }

    static Map<String, Object> of(IssuerProperties properties, String clientSecret) {
        IssuerProperties.Kafka kafka = properties.kafka();
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, ServiceNames.IDENTITY + "-acls");
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, kafka.securityProtocol());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        if (kafka.securityProtocol().toUpperCase(Locale.ROOT).startsWith("SASL")) {
            if (clientSecret == null) {
                throw new IllegalStateException("identity-service has no client secret of its own for Kafka: neither "
                        + "zone.identity.seed-secrets.identity-service nor " + kafka.clientSecretFile()
                        + " (written when the agencies were seeded)");
            }
            String tokenEndpoint = tokenEndpoint(properties);
            allowTokenEndpoint(tokenEndpoint);
            config.put(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER");
            config.put(SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS, OAuthBearerLoginCallbackHandler.class.getName());
            config.put(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL, tokenEndpoint);
            config.put(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_ID, ServiceNames.IDENTITY);
            config.put(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_SECRET, clientSecret);
            config.put(SaslConfigs.SASL_JAAS_CONFIG, OAuthBearerLoginModule.class.getName() + " required ;");
        }
        return config;
    }

    static String tokenEndpoint(IssuerProperties properties) {
        String configured = properties.kafka().tokenEndpointUrl();
        return configured == null || configured.isBlank() ? properties.tokenEndpoint() : configured;
    }

    /**
     * Kafka 4 calls out only to the URLs a JVM system property lists; it is set to this token endpoint unless the
     * deployment set it already (then it is left as it is, and must list this endpoint).
     */
    private static void allowTokenEndpoint(String tokenEndpoint) {
        String property = BrokerSecurityConfigs.ALLOWED_SASL_OAUTHBEARER_URLS_CONFIG;
        String allowed = System.getProperty(property);
        if (allowed == null || allowed.isBlank()) {
            System.setProperty(property, tokenEndpoint);
        } else if (!Arrays.stream(allowed.split(",")).map(String::trim).toList()
                .contains(tokenEndpoint)) {
            log.warn("{}={} does not list {}: Kafka will refuse to fetch identity-service's token", property,
                    allowed, tokenEndpoint);
        }
    }
}
