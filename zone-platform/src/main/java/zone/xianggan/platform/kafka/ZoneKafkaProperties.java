package zone.xianggan.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zone's topics and how its consumers retry.
 *
 * @param partitions        partitions of each topic a service creates
 * @param replicationFactor replicas of each topic a service creates (1 on one broker; 3 in production)
 * @param retryInterval     pause after a record's first failed attempt (one that can never succeed is parked at
 *                          once); it doubles at each attempt, up to {@code maxRetryInterval}, for as long as the
 *                          failure lasts
 * @param maxRetryInterval  the longest pause between attempts at one record
 * @param securityProtocol  {@code PLAINTEXT}, or {@code SASL_PLAINTEXT} / {@code SASL_SSL} for a broker that
 *                          authenticates its clients: the service then logs in as its agency (KafkaAuthentication)
 */
@ConfigurationProperties("zone.kafka")
public record ZoneKafkaProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("30s") Duration maxRetryInterval,
        @DefaultValue("PLAINTEXT") String securityProtocol) {
}
