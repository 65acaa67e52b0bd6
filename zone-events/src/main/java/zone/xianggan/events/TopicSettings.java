package zone.xianggan.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings the zone promises on its topics ({@code docs/topics.md}), as Kafka topic configurations by name: a
 * service reading a topic from its beginning, at any time, finds everything it needs to rebuild its state.
 * <ul>
 * <li>A compacted topic (an entity's whole state per record) keeps each key's latest record for ever.</li>
 * <li>Every other topic (a change log: reported values, project decisions) keeps every record for ever.</li>
 * <li>{@code min.insync.replicas} is 2 wherever the replication factor allows a broker to fail without losing an
 * acknowledged write (3 or more), else 1.</li>
 * <li>A record may be as large as the broker's default limit; a dead-letter topic takes a little more, so that a
 * record that reached its topic can always be parked, with the headers that say why.</li>
 * </ul>
 * Plain names and values, so that the owner's declaration (zone-platform's {@code ZoneTopics}) and the published
 * catalogue ({@code catalogue.ZoneAsyncApi}) state the same settings without this module needing Kafka.
 */
public final class TopicSettings {

    public static final String CLEANUP_POLICY = "cleanup.policy";
    public static final String COMPACT = "compact";
    public static final String DELETE = "delete";
    public static final String RETENTION_MS = "retention.ms";
    public static final String RETENTION_BYTES = "retention.bytes";
    public static final String MIN_IN_SYNC_REPLICAS = "min.insync.replicas";
    public static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    /** Kafka's own default {@code message.max.bytes}, stated so that it does not change under the zone. */
    public static final int MAX_RECORD_BYTES = 1_048_588;
    /** Room for the failure's headers on a parked record (bounded by zone-platform's {@code DeadLetterHeaders}). */
    public static final int DEAD_LETTER_HEADROOM_BYTES = 64 * 1024;
    /** Kafka's {@code -1}: no limit of time or size. */
    public static final long FOR_EVER = -1;

    private TopicSettings() {
    }

    /** The settings of one of the zone's topics ({@link TopicDefinition#compacted}). */
    public static Map<String, String> of(boolean compacted, int replicationFactor) {
        Map<String, String> settings = shared(replicationFactor, MAX_RECORD_BYTES);
        if (compacted) {
            settings.put(CLEANUP_POLICY, COMPACT);
        } else {
            keepForEver(settings);
        }
        return Collections.unmodifiableMap(settings);
    }

    /** The settings of a dead-letter topic, where a consumer group parks the records it can never process. */
    public static Map<String, String> deadLetter(int replicationFactor) {
        Map<String, String> settings = shared(replicationFactor, MAX_RECORD_BYTES + DEAD_LETTER_HEADROOM_BYTES);
        keepForEver(settings);
        return Collections.unmodifiableMap(settings);
    }

    /** 2 when a replica may be lost and an acknowledged write still has a copy elsewhere; never above the factor. */
    public static int minInSyncReplicas(int replicationFactor) {
        return replicationFactor >= 3 ? 2 : 1;
    }

    private static Map<String, String> shared(int replicationFactor, int maxRecordBytes) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(MIN_IN_SYNC_REPLICAS, Integer.toString(minInSyncReplicas(replicationFactor)));
        settings.put(MAX_MESSAGE_BYTES, Integer.toString(maxRecordBytes));
        return settings;
    }

    private static void keepForEver(Map<String, String> settings) {
        settings.put(CLEANUP_POLICY, DELETE);
        settings.put(RETENTION_MS, Long.toString(FOR_EVER));
        settings.put(RETENTION_BYTES, Long.toString(FOR_EVER));
    }
}
