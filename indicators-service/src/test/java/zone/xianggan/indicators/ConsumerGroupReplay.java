package zone.xianggan.indicators;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.consumer.group.ConsumerGroupCommand;

/**
 * A subscriber replaying topics from a point in time, as docs/catch-up.md has it: Kafka's own kafka-consumer-groups
 * (the class scripts/replay-from.sh runs, here in process) moves the group's offsets to each partition's first
 * record at or after the instant, and the subscriber reads on from there.
 */
public final class ConsumerGroupReplay {

    /** The form the tool's --to-datetime takes: milliseconds and an offset are required. */
    private static final DateTimeFormatter TO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private ConsumerGroupReplay() {
    }

    /** {@code kafka-consumer-groups --reset-offsets --to-datetime <instant> --execute} for each topic. */
    public static void resetOffsets(String bootstrapServers, String group, Instant instant, String... topics) {
        List<String> arguments = new ArrayList<>(List.of("--bootstrap-server", bootstrapServers, "--group", group,
                "--reset-offsets", "--to-datetime", TO_DATETIME.format(instant), "--execute"));
        for (String topic : topics) {
            arguments.addAll(List.of("--topic", topic));
        }
        // The tool ends its JVM on a usage error: here that is a failed test, not a vanished one.
        Exit.setExitProcedure((status, message) -> {
            throw new AssertionError("kafka-consumer-groups exited with " + status + ": " + message);
        });
        try {
            ConsumerGroupCommand.main(arguments.toArray(String[]::new));
        } finally {
            Exit.resetExitProcedure();
        }
    }

    /**
     * Every record from the group's committed offsets to the end of each partition of the topics, in each
     * partition's order; a partition without an offset for the group fails the read.
     */
    public static List<ConsumerRecord<String, byte[]>> readOn(String bootstrapServers, String group,
            String... topics) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = Stream.of(topics).flatMap(topic -> consumer.partitionsFor(topic)
                    .stream().map(partition -> new TopicPartition(topic, partition.partition()))).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
            return records;
        }
    }
}
