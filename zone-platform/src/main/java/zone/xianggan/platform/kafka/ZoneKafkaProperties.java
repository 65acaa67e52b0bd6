package zone.xianggan.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zone's topics and how its consumers retry.
 *
 * @param partitions        partitions of each topic a service creates
 * @param replicationFactor replicas of each topic a service creates (1 on one broker; 3 in production)
 * @param retryAttempts     attempts after the first before a record goes to the dead-letter topic
 * @param retryInterval     pause between those attempts
 * @param securityProtocol  {@code PLAINTEXT}, or {@code SASL_PLAINTEXT} / {@code SASL_SSL} for a broker that
 *                          authenticates its clients: the service then logs in as its agency (KafkaAuthentication)
 */
@ConfigurationProperties("zone.kafka")
public record ZoneKafkaProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("PLAINTEXT") String securityProtocol) {
}
