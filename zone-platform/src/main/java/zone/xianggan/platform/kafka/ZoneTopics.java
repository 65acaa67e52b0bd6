package zone.xianggan.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

import zone.xianggan.events.Topics;

/** Declares topics with the zone's partition and replication settings; a service declares those it writes to. */
public class ZoneTopics {

    private final ZoneKafkaProperties properties;
    private final String consumerGroup;

    public ZoneTopics(ZoneKafkaProperties properties, String consumerGroup) {
        this.properties = properties;
        this.consumerGroup = consumerGroup;
    }

    /**
     * One of the zone's topics ({@link Topics}), compacted where the catalogue says so. Declaring a topic that
     * exists changes nothing, so a consumer may declare the topics it reads as well, whoever starts first.
     */
    public NewTopic declare(String topic) {
        TopicBuilder builder = builder(topic);
        if (Topics.isCompacted(topic)) {
            builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return builder.build();
    }

    /** Where this service's consumer group parks the records of {@code topic} it could not process. */
    public NewTopic deadLetterFor(String topic) {
        return builder(Topics.deadLetter(topic, consumerGroup)).build();
    }

    private TopicBuilder builder(String name) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
    }
}
