package zone.xianggan.subscriber.kafka;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import zone.xianggan.events.Topics;
import zone.xianggan.subscriber.SubscriberProperties;
import zone.xianggan.subscriber.events.UnprocessableEventException;

/**
 * What happens to a record that fails, in two kinds:
 * <ul>
 * <li>One that can never be processed ({@link UnprocessableEventException}: not a zone event, a type or source that
 * does not belong on the topic, data that breaks its schema) is parked at once on the agency's dead-letter topic for
 * that topic, unchanged, with the failure in {@code kafka_dlt-*} headers; the subscriber moves on.</li>
 * <li>Any other failure (the database down, say) is tried again, waiting from one second up to a minute between
 * tries, for as long as it lasts: the partition waits, nothing is skipped.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    @Bean
    DefaultErrorHandler parkWhatCanNeverBeProcessed(KafkaOperations<?, ?> kafka, KafkaAdmin admin,
            SubscriberProperties subscriber, KafkaProperties properties) {
        String group = properties.getConsumer().getGroupId();
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka, (record, failure) ->
                new TopicPartition(deadLetterTopic(subscriber.clientId(), record.topic(), group), -1));
        ConsumerRecordRecoverer park = (record, failure) -> {
            // Made on first use, whatever the broker's automatic creation of topics says.
            NewTopic topic = TopicBuilder.name(deadLetterTopic(subscriber.clientId(), record.topic(), group)).build();
            admin.createOrModifyTopics(topic);
            publisher.accept(record, failure);
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            log.error("Parked {}-{}@{} (key {}) on {}: {}", record.topic(), record.partition(), record.offset(),
                    record.key(), topic.name(), cause.getMessage());
        };
        ExponentialBackOff backOff = new ExponentialBackOff(Duration.ofSeconds(1).toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofMinutes(1).toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(park, backOff);
        handler.addNotRetryableExceptions(UnprocessableEventException.class);
        return handler;
    }

    /**
     * The zone's name for a group's dead letters ({@code <topic>.<group>.dlt}), under the agency's own name: the
     * broker lets a subscriber keep only topics whose names start with {@code <agency>.}.
     */
    static String deadLetterTopic(String agency, String topic, String group) {
        return agency + "." + Topics.deadLetter(topic, group);
    }
}
