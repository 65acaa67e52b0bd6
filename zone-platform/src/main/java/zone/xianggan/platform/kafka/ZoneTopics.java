package zone.xianggan.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.apache.kafka.clients.admin.NewTopic;

import zone.xianggan.events.TopicSettings;
import zone.xianggan.events.Topics;

/**
 * Declares the zone's topics with the settings the zone promises its subscribers ({@link TopicSettings}, stated once
 * in zone-events, where the published AsyncAPI document reads them too), and the service's partitions and replicas.
 * The owner's declaration sets these; Spring's {@code KafkaAdmin} brings an existing topic's settings in line
 * ({@code spring.kafka.admin.modify-topic-configs}).
 */
@RequiredArgsConstructor
public class ZoneTopics {

    private final ZoneKafkaProperties properties;
    private final String consumerGroup;

    /** A topic this service writes ({@link Topics}), with every setting the zone promises. */
    public NewTopic declare(String topic) {
        return builder(topic)
                .configs(TopicSettings.of(Topics.isCompacted(topic), properties.replicationFactor()))
                .build();
    }

    /**
     * A topic this service reads: created if it does not exist yet, so that the consumer can subscribe whoever
     * starts first, but with no settings of its own. Its owner sets them and only the owner may change them.
     */
    public NewTopic consume(String topic) {
        return builder(topic).build();
    }

    /** Where this service's consumer group parks the records of {@code topic} it can never process. */
    public NewTopic deadLetterFor(String topic) {
        Map<String, String> configs = TopicSettings.deadLetter(properties.replicationFactor());
        return builder(Topics.deadLetter(topic, consumerGroup)).configs(configs).build();
    }

    /** What a service that reads {@code topics} declares: each of them, and the dead letter topic of each. */
    public KafkaAdmin.NewTopics consumeWithDeadLetters(String... topics) {
        return new KafkaAdmin.NewTopics(withDeadLetters(topics).toArray(NewTopic[]::new));
    }

    List<NewTopic> withDeadLetters(String... topics) {
        List<NewTopic> declared = new ArrayList<>();
        for (String topic : topics) {
            declared.add(consume(topic));
            declared.add(deadLetterFor(topic));
        }
        return declared;
    }

    private TopicBuilder builder(String name) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
    }
}
