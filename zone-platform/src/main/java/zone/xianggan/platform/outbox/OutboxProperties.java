package zone.xianggan.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay hands events to Kafka.
 *
 * @param pollInterval how often the relay looks for events; it is also woken at once after each commit
 * @param batchSize    events sent per relay transaction, whose acknowledgements are awaited together: an import of
 *                     10,000 values goes out in one, rather than in ten one after the other
 * @param sendTimeout  how long to wait for Kafka's acknowledgement of a batch
 * @param maxBackoff   longest pause between attempts while Kafka cannot be reached
 */
@ConfigurationProperties("zone.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10000") int batchSize,
        @DefaultValue("20s") Duration sendTimeout,
        @DefaultValue("5s") Duration maxBackoff) {
}
