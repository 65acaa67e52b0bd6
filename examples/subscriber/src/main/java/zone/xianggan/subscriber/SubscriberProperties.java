package zone.xianggan.subscriber;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the subscriber is at the zone: the agency the zone office registered, and the issuer that gives it tokens.
 *
 * @param issuer           the zone's identity-service, e.g. {@code http://127.0.0.1:8084}
 * @param clientId         the agency's id, which its consumer group and dead-letter topics start with
 * @param clientSecret     the secret the zone office was given when it registered the agency
 * @param securityProtocol {@code SASL_PLAINTEXT}, or {@code SASL_SSL} where the broker has TLS
 */
@ConfigurationProperties("subscriber")
public record SubscriberProperties(String issuer, String clientId, String clientSecret, String securityProtocol) {
}
