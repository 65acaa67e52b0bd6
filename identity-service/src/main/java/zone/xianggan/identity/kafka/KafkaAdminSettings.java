package zone.xianggan.identity.kafka;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.events.ServiceNames;
import zone.xianggan.identity.IssuerProperties;

/**
 * How identity-service's Admin client reaches the broker: as agency {@code identity-service} (a super user there),
 * over SASL/OAUTHBEARER with a token from its own token endpoint, fetched by Kafka's own login handler; or over
 * PLAINTEXT where a broker has no authentication (tests).
 */
final class KafkaAdminSettings {

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
            config.putAll(AgencyKafkaLogin.settings(kafka.securityProtocol(), tokenEndpoint(properties),
                    ServiceNames.IDENTITY, clientSecret));
        }
        return config;
    }

    static String tokenEndpoint(IssuerProperties properties) {
        String configured = properties.kafka().tokenEndpointUrl();
        return configured == null || configured.isBlank() ? properties.tokenEndpoint() : configured;
    }
}
