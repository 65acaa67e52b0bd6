package zone.xianggan.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.events.Topics;
import zone.xianggan.platform.events.ForeignEventException;
import zone.xianggan.platform.events.UnreadableEventException;

/**
 * Every zone consumer's error handling: a record that fails is retried a bounded number of times (an unreadable
 * one not at all), then published, unchanged and with the failure in {@code kafka_dlt-*} headers, to
 * {@code <topic>.<group>.dlt}; the consumer then moves on. If the dead-letter topic cannot be written either, the
 * record is not skipped but tried again. Counted as {@code zone_consumer_dead_lettered_total}.
 */
public final class DeadLetteringErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringErrorHandler.class);

    private DeadLetteringErrorHandler() {
    }

    public static DefaultErrorHandler create(KafkaOperations<?, ?> kafka, ZoneKafkaProperties properties,
            String consumerGroup, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic(), consumerGroup), -1));
        ConsumerRecordRecoverer counted = (record, failure) -> {
            deadLetters.accept(record, failure);
            Counter.builder("zone.consumer.dead.lettered")
                    .description("Records this service could not process and parked on a dead-letter topic")
                    .tag("topic", record.topic())
                    .tag("reason", reason(failure))
                    .register(meters)
                    .increment();
            log.error("Dead-lettered {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), rootMessage(failure));
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(counted,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    /** Why a record was parked: it came from someone other than the topic's owner, could not be read, or failed. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ForeignEventException) {
                return "foreign";
            }
            if (cause instanceof UnreadableEventException) {
                return "unreadable";
            }
        }
        return "failed";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
