package zone.xianggan.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Kafka client logs in to the zone's broker as an agency: SASL/OAUTHBEARER, Kafka's own login handler getting
 * the agency's token from the issuer with the client-credentials grant and renewing it before it expires. The one
 * recipe for the zone's services, its tools and any subscriber's system; plain strings, so that it needs no Kafka
 * classes of its own.
 */
public final class AgencyKafkaLogin {

    /** Kafka 4 calls out only to the token endpoints and JWKS URLs this JVM system property lists. */
    public static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

    private AgencyKafkaLogin() {
    }

    /** The issuer's token endpoint, where the login handler gets the agency's tokens. */
    public static String tokenEndpoint(String issuer) {
        return issuer + "/oauth2/token";
    }

    /**
     * Client settings to add to a producer's, consumer's or admin client's.
     *
     * @param securityProtocol {@code SASL_PLAINTEXT}, or {@code SASL_SSL} where the broker has TLS
     */
    public static Map<String, String> settings(String securityProtocol, String tokenEndpoint, String clientId,
            String clientSecret) {
        allow(tokenEndpoint);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("security.protocol", securityProtocol);
        settings.put("sasl.mechanism", "OAUTHBEARER");
        settings.put("sasl.login.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        settings.put("sasl.oauthbearer.token.endpoint.url", tokenEndpoint);
        settings.put("sasl.oauthbearer.client.credentials.client.id", clientId);
        settings.put("sasl.oauthbearer.client.credentials.client.secret", clientSecret);
        // The zone's tokens live minutes, not hours: renew within the last half minute rather than Kafka's five.
        settings.put("sasl.login.refresh.buffer.seconds", "30");
        settings.put("sasl.login.refresh.min.period.seconds", "30");
        // Kafka tries the token endpoint again for this long in all (10 s by default) before it gives up for good:
        // a service started beside the issuer waits for it to open.
        settings.put("sasl.login.retry.backoff.max.ms", "60000");
        return settings;
    }

    /** Adds the token endpoint to {@link #ALLOWED_URLS}, keeping what the deployment listed there. */
    private static synchronized void allow(String url) {
        String allowed = System.getProperty(ALLOWED_URLS);
        if (allowed == null || allowed.isBlank()) {
            System.setProperty(ALLOWED_URLS, url);
        } else if (!List.of(allowed.split(",")).stream().map(String::trim).toList().contains(url)) {
            System.setProperty(ALLOWED_URLS, allowed + "," + url);
        }
    }
}
