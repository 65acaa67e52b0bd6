package zone.xianggan.localstack;

import java.util.List;
import java.util.Map;

/**
 * The settings a Kafka client needs to authenticate to the zone's secured broker as an agency: SASL/OAUTHBEARER,
 * with Kafka's own login handler fetching (and renewing) the agency's token from the issuer. For the zone's tools
 * and tests; the services configure themselves the same way from {@code zone.identity.*}.
 */
public final class KafkaClientSecurity {

    /** Kafka 4 calls only the token endpoints listed in this system property. */
    private static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

    private KafkaClientSecurity() {
    }

    public static Map<String, Object> asAgency(String issuer, String clientId, String secret) {
        String tokenUrl = issuer + "/oauth2/token";
        allow(tokenUrl);
        return Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "OAUTHBEARER",
                "sasl.login.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler",
                "sasl.oauthbearer.token.endpoint.url", tokenUrl,
                "sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required "
                        + "clientId=\"" + clientId + "\" clientSecret=\"" + secret + "\";");
    }

    private static synchronized void allow(String tokenUrl) {
        String allowed = System.getProperty(ALLOWED_URLS);
        if (allowed == null || allowed.isBlank()) {
            System.setProperty(ALLOWED_URLS, tokenUrl);
        } else if (!List.of(allowed.split(",")).contains(tokenUrl)) {
            System.setProperty(ALLOWED_URLS, allowed + "," + tokenUrl);
        }
    }
}
