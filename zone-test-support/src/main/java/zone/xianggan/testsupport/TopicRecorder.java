package zone.xianggan.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their beginning, as a new subscriber would, and keeps every record it sees; tests wait on it
 * with Awaitility.
 *
 * <p>Delivery is at least once: after a failed or timed-out send the outbox sends an event again, with the same
 * {@code ce_id}, and a subscriber ignores the repeat. {@link #events} is what such a subscriber applies, each event
 * once; {@link #records} is every record on the topic, repeats included.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    /** By topic, partition and offset: a consumer that rejoins after a broker restart may read a record again. */
    private final Map<String, ConsumerRecord<String, byte[]>> records = Collections.synchronizedMap(
            new LinkedHashMap<>());
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(String bootstrapServers, String groupPrefix, Map<String, Object> security,
            List<String> topics) {
        Map<String, Object> config = new java.util.HashMap<>(security);
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "test-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"));
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(this::poll, "topic-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    public static TopicRecorder record(String bootstrapServers, String... topics) {
        return new TopicRecorder(bootstrapServers, "", Map.of(), List.of(topics));
    }

    /**
     * Records as a subscriber agency on a secured broker: {@code security} from
     * {@code AgencyKafkaLogin.settings}; its consumer group is named under the agency, as its ACLs require.
     */
    public static TopicRecorder recordAs(String agency, Map<String, Object> security, String bootstrapServers,
            String... topics) {
        return new TopicRecorder(bootstrapServers, agency + ".", security, List.of(topics));
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> records.putIfAbsent(
                        record.topic() + "-" + record.partition() + "@" + record.offset(), record));
            }
        } catch (WakeupException stopping) {
            // closed
        } finally {
            consumer.close();
        }
    }

    /** Every record seen once, in the order first seen. */
    public List<ConsumerRecord<String, byte[]>> records() {
        synchronized (records) {
            return List.copyOf(records.values());
        }
    }

    public List<ConsumerRecord<String, byte[]>> records(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return records().stream().filter(matching).toList();
    }

    /** Each event once (by topic and {@code ce_id}), as first seen: what a subscriber that ignores repeats applies. */
    public List<ConsumerRecord<String, byte[]>> events(Predicate<ConsumerRecord<String, byte[]>> matching) {
        Map<String, ConsumerRecord<String, byte[]>> firstOfEach = new LinkedHashMap<>();
        records(matching).forEach(record -> firstOfEach.putIfAbsent(record.topic() + "/" + ceId(record), record));
        return List.copyOf(firstOfEach.values());
    }

    public List<ConsumerRecord<String, byte[]>> events() {
        return events(record -> true);
    }

    /** How many records and how many distinct events match, for a failure message. */
    public String describe(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return records(matching).size() + " records, " + events(matching).size() + " distinct events, of "
                + records().size() + " records seen on the topic";
    }

    /** Waits until a record matches, and returns the first that does. */
    public ConsumerRecord<String, byte[]> awaitRecord(Duration timeout,
            Predicate<ConsumerRecord<String, byte[]>> matching) {
        return await().atMost(timeout).until(() -> records(matching).stream().findFirst().orElse(null),
                found -> found != null);
    }

    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return awaitRecord(Duration.ofSeconds(30), matching);
    }

    public static Predicate<ConsumerRecord<String, byte[]>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String ceType) {
        return record -> ceType.equals(ZoneEventAssertions.headerOrNull(record, "ce_type"));
    }

    /** A record without an id (not a zone event) counts as an event of its own. */
    private static String ceId(ConsumerRecord<String, byte[]> record) {
        String id = ZoneEventAssertions.headerOrNull(record, "ce_id");
        return id != null ? id : record.partition() + "@" + record.offset();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
