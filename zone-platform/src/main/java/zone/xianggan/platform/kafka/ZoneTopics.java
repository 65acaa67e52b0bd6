package zone.xianggan.platform.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

import zone.xianggan.events.Topics;

/**
 * Declares the zone's topics with the settings the zone promises its subscribers ({@code docs/topics.md}): a service
 * reading a topic from its beginning, at any time, finds everything it needs to rebuild its state.
 * <ul>
 * <li>A compacted topic (an entity's whole state per record) keeps each key's latest record for ever.</li>
 * <li>Every other topic (a change log: reported values, project decisions) keeps every record for ever.</li>
 * <li>{@code min.insync.replicas} is 2 wherever the replication factor allows a broker to fail without losing an
 * acknowledged write (3 or more), else 1.</li>
 * <li>A record may be as large as the broker's default limit; a dead-letter topic takes a little more, so that a
 * record that reached its topic can always be parked, with the headers that say why.</li>
 * </ul>
 * The owner's declaration sets these; Spring's {@code KafkaAdmin} brings an existing topic's settings in line
 * ({@code spring.kafka.admin.modify-topic-configs}).
 */
public class ZoneTopics {

    /** Kafka's own default {@code message.max.bytes}, stated so that it does not change under the zone. */
    public static final int MAX_RECORD_BYTES = 1_048_588;
    /** Room for the failure's headers on a parked record (bounded, see {@link DeadLetterHeaders}). */
    public static final int DEAD_LETTER_HEADROOM_BYTES = 64 * 1024;
    /** Kafka's {@code -1}: no limit of time or size. */
    private static final String FOR_EVER = "-1";

    private final ZoneKafkaProperties properties;
    private final String consumerGroup;

    public ZoneTopics(ZoneKafkaProperties properties, String consumerGroup) {
        this.properties = properties;
        this.consumerGroup = consumerGroup;
    }

    /** A topic this service writes ({@link Topics}), with every setting the zone promises. */
    public NewTopic declare(String topic) {
        Map<String, String> configs = shared(MAX_RECORD_BYTES);
        if (Topics.isCompacted(topic)) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        } else {
            keepForEver(configs);
        }
        return builder(topic).configs(configs).build();
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
        Map<String, String> configs = shared(MAX_RECORD_BYTES + DEAD_LETTER_HEADROOM_BYTES);
        keepForEver(configs);
        return builder(Topics.deadLetter(topic, consumerGroup)).configs(configs).build();
    }

    /** 2 when a replica may be lost and an acknowledged write still has a copy elsewhere; never above the factor. */
    static int minInSyncReplicas(int replicationFactor) {
        return replicationFactor >= 3 ? 2 : 1;
    }

    private Map<String, String> shared(int maxRecordBytes) {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                Integer.toString(minInSyncReplicas(properties.replicationFactor())));
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxRecordBytes));
        return configs;
    }

    private static void keepForEver(Map<String, String> configs) {
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, FOR_EVER);
        configs.put(TopicConfig.RETENTION_BYTES_CONFIG, FOR_EVER);
    }

    private TopicBuilder builder(String name) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
    }
}
