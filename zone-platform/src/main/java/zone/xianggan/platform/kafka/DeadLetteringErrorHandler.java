package zone.xianggan.platform.kafka;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.events.Topics;
import zone.xianggan.platform.events.UnreadableEventException;

/**
 * Every zone consumer's error handling, in two kinds:
 * <ul>
 * <li>A record that can never be processed ({@link DeadLetterReason}) is published at once, unchanged and with the
 * failure in bounded headers ({@link DeadLetterHeaders}), to {@code <topic>.<group>.dlt}, and the consumer moves on.
 * Counted as {@code zone_consumer_dead_lettered_total{topic,reason}}; operators list and replay parked records
 * ({@code DeadLetters}). If the dead-letter topic cannot be written either, the record is tried again, not
 * skipped.</li>
 * <li>Any other failure (the database unreachable, a timeout, a fault not foreseen) is retried with a backoff that
 * grows from {@code zone.kafka.retry-interval} to {@code zone.kafka.max-retry-interval}, for as long as it lasts: the
 * partition waits, nothing is skipped and nothing is parked. Counted as
 * {@code zone_consumer_retries_total{topic,exception}}.</li>
 * </ul>
 */
public final class DeadLetteringErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringErrorHandler.class);

    private DeadLetteringErrorHandler() {
    }

    public static DefaultErrorHandler create(KafkaOperations<?, ?> kafka, ZoneKafkaProperties properties,
            String consumerGroup, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic(), consumerGroup), -1));
        deadLetters.setExceptionHeadersCreator(new DeadLetterHeaders());
        ConsumerRecordRecoverer counted = (record, failure) -> {
            deadLetters.accept(record, failure);
            String reason = DeadLetterReason.labelOf(failure);
            Counter.builder("zone.consumer.dead.lettered")
                    .description("Records this service can never process, parked on a dead-letter topic")
                    .tag("topic", record.topic())
                    .tag("reason", reason)
                    .register(meters)
                    .increment();
            log.error("Parked {}-{}@{} (key {}) on its dead-letter topic, {}: {}", record.topic(),
                    record.partition(), record.offset(), record.key(), reason,
                    DeadLetterHeaders.meaningfulCause(failure).toString());
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(counted, backOff(properties));
        // Replaces Spring Kafka's own list: whatever is not known to be permanent is retried, never dropped.
        handler.setClassifications(Map.of(UnreadableEventException.class, false), true);
        handler.setRetryListeners(new CountedRetries(meters));
        return handler;
    }

    private static ExponentialBackOff backOff(ZoneKafkaProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
        return backOff;
    }

    /** Says, in a metric and the log, that a partition is waiting on a record and why. */
    private record CountedRetries(MeterRegistry meters) implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
            Throwable cause = DeadLetterHeaders.meaningfulCause(failure);
            if (DeadLetterReason.of(failure).isPresent()) {
                return;
            }
            Counter.builder("zone.consumer.retries")
                    .description("Failed attempts at a record that will be tried again (its partition waits)")
                    .tag("topic", record.topic())
                    .tag("exception", cause.getClass().getSimpleName())
                    .register(meters)
                    .increment();
            log.warn("{}-{}@{} (key {}) failed (attempt {}), trying again: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), deliveryAttempt, cause.toString());
        }
    }
}
