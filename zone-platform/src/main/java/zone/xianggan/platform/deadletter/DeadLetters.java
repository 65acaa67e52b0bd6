package zone.xianggan.platform.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;

import zone.xianggan.events.Topics;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.platform.deadletter.DeadLetterReplays.Address;
import zone.xianggan.platform.deadletter.DeadLetterReplays.Mark;
import zone.xianggan.platform.kafka.DeadLetterHeaders;
import zone.xianggan.platform.kafka.DeadLetterReason;
import zone.xianggan.platform.kafka.TopicConsumer;
import zone.xianggan.platform.tracing.CloudEventTraceHeaders;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * The records this service parked because it could not process them (one dead-letter topic per topic it consumes),
 * for an operator to see and, once the cause is fixed, to replay. A replay hands the record, as it was published, to
 * the same code as the live consumer ({@link TopicConsumer}); the dead-letter topics are never rewritten, and a
 * successful replay is marked in the service's database.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_AT_MOST = Duration.ofSeconds(20);
    private static final int MAX_MESSAGE_LENGTH = 1024;

    private final ConsumerFactory<String, byte[]> consumers;
    private final ObjectProvider<TopicConsumer> topicConsumers;
    private final String consumerGroup;
    private final DeadLetterReplays replays;
    private final Clock clock;

    DeadLetters(ConsumerFactory<String, byte[]> consumers, ObjectProvider<TopicConsumer> topicConsumers,
            String consumerGroup, DeadLetterReplays replays, Clock clock) {
        this.consumers = consumers;
        this.topicConsumers = topicConsumers;
        this.consumerGroup = consumerGroup;
        this.replays = replays;
        this.clock = clock;
    }

    /** The dead-letter topics of this service, one for each topic it consumes, in name order. */
    public List<String> deadLetterTopics() {
        return handlers().keySet().stream().map(topic -> Topics.deadLetter(topic, consumerGroup)).sorted().toList();
    }

    /**
     * Up to {@code limit} parked records after {@code after} (null: from the first), in the order of dead-letter
     * topic, partition and offset; only those parked from {@code topic} if it is given.
     */
    public List<ParkedRecord> list(String topic, int limit, Position after) {
        List<ParkedRecord> page = new ArrayList<>();
        try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer = newConsumer()) {
            for (String deadLetterTopic : deadLetterTopics()) {
                if ((topic != null && !deadLetterTopic.equals(Topics.deadLetter(topic, consumerGroup)))
                        || (after != null && deadLetterTopic.compareTo(after.topic()) < 0)) {
                    continue;
                }
                Map<Address, Mark> marks = replays.of(deadLetterTopic);
                for (TopicPartition partition : partitions(consumer, deadLetterTopic)) {
                    long from = after == null || after.isBefore(partition) ? 0
                            : after.isAt(partition) ? after.offset() + 1 : Long.MAX_VALUE;
                    for (ConsumerRecord<String, byte[]> record : read(consumer, partition, from,
                            limit - page.size())) {
                        page.add(parked(record, marks.get(new Address(record.topic(), record.partition(),
                                record.offset()))));
                    }
                    if (page.size() >= limit) {
                        return page;
                    }
                }
            }
        }
        return page;
    }

    /** One parked record; {@link NotFoundException} if there is none at that address. */
    public ParkedRecord find(String deadLetterTopic, int partition, long offset) {
        requireOwn(deadLetterTopic);
        try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer = newConsumer()) {
            return record(consumer, deadLetterTopic, partition, offset)
                    .map(record -> parked(record, replays.of(deadLetterTopic)
                            .get(new Address(deadLetterTopic, partition, offset))))
                    .orElseThrow(() -> notFound(deadLetterTopic, partition, offset));
        }
    }

    /** Hands one parked record to the consumer again; marks it if it was processed this time. */
    public ReplayOutcome replay(String deadLetterTopic, int partition, long offset, String operator) {
        requireOwn(deadLetterTopic);
        try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer = newConsumer()) {
            ConsumerRecord<String, byte[]> record = record(consumer, deadLetterTopic, partition, offset)
                    .orElseThrow(() -> notFound(deadLetterTopic, partition, offset));
            return replay(record, operator);
        }
    }

    /** Replays every record parked from {@code topic} that has not been replayed yet, in order. */
    public List<ReplayOutcome> replayAll(String topic, String operator) {
        String deadLetterTopic = Topics.deadLetter(topic, consumerGroup);
        requireOwn(deadLetterTopic);
        List<ReplayOutcome> outcomes = new ArrayList<>();
        try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer = newConsumer()) {
            Map<Address, Mark> marks = replays.of(deadLetterTopic);
            for (TopicPartition partition : partitions(consumer, deadLetterTopic)) {
                for (ConsumerRecord<String, byte[]> record : read(consumer, partition, 0, Integer.MAX_VALUE)) {
                    if (!marks.containsKey(new Address(deadLetterTopic, record.partition(), record.offset()))) {
                        outcomes.add(replay(record, operator));
                    }
                }
            }
        }
        return outcomes;
    }

    private ReplayOutcome replay(ConsumerRecord<String, byte[]> parked, String operator) {
        ParkedRecord seen = parked(parked, null);
        Consumer<ConsumerRecord<String, byte[]>> handler = handlers().get(seen.topic());
        if (handler == null) {
            return ReplayOutcome.failed(seen, "unknown-topic", "this service does not consume " + seen.topic());
        }
        try {
            handler.accept(asPublished(parked, seen));
        } catch (RuntimeException failure) {
            String reason = DeadLetterReason.labelOf(failure);
            log.warn("Replay of {}-{}@{} failed ({}): {}", parked.topic(), parked.partition(), parked.offset(),
                    reason, failure.toString());
            return ReplayOutcome.failed(seen, reason, bounded(String.valueOf(failure.getMessage())));
        }
        replays.mark(new Address(parked.topic(), parked.partition(), parked.offset()), clock.instant(), operator);
        log.info("{} replayed {}-{}@{} (key {}) onto the consumer of {}", operator, parked.topic(),
                parked.partition(), parked.offset(), parked.key(), seen.topic());
        return ReplayOutcome.replayed(seen);
    }

    /** What each consumed topic's records are handed to; resolved on use, as consumers may be defined after this. */
    private Map<String, Consumer<ConsumerRecord<String, byte[]>>> handlers() {
        Map<String, Consumer<ConsumerRecord<String, byte[]>>> handlers = new TreeMap<>();
        topicConsumers.orderedStream().forEach(consumer -> handlers.putAll(consumer.handlers()));
        return handlers;
    }

    /** The record as it was on its own topic: the dead-letter headers taken off. */
    private static ConsumerRecord<String, byte[]> asPublished(ConsumerRecord<String, byte[]> parked,
            ParkedRecord seen) {
        Headers headers = new RecordHeaders();
        for (Header header : parked.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().equals(DeadLetterHeaders.REASON)) {
                headers.add(header);
            }
        }
        return new ConsumerRecord<>(seen.topic(), seen.originalPartition() == null ? 0 : seen.originalPartition(),
                seen.originalOffset() == null ? -1 : seen.originalOffset(), parked.timestamp(),
                TimestampType.CREATE_TIME, parked.serializedKeySize(), parked.serializedValueSize(), parked.key(),
                parked.value(), headers, Optional.empty());
    }

    private static ParkedRecord parked(ConsumerRecord<String, byte[]> record, Mark mark) {
        Headers headers = record.headers();
        return new ParkedRecord(record.topic(), record.partition(), record.offset(),
                text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC), integer(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                number(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET), record.key(), text(headers, "ce_id"),
                text(headers, "ce_type"), text(headers, "ce_source"), traceId(headers),
                text(headers, DeadLetterHeaders.REASON),
                text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN), text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                record.value() == null ? 0 : record.value().length, Instant.ofEpochMilli(record.timestamp()),
                mark == null ? null : mark.at(), mark == null ? null : mark.by());
    }

    private void requireOwn(String deadLetterTopic) {
        if (!deadLetterTopics().contains(deadLetterTopic)) {
            throw new NotFoundException("dead-letter topic", deadLetterTopic);
        }
    }

    private static NotFoundException notFound(String topic, int partition, long offset) {
        return new NotFoundException("parked record", topic + "/" + partition + "/" + offset);
    }

    private org.apache.kafka.clients.consumer.Consumer<String, byte[]> newConsumer() {
        return consumers.createConsumer(null, "dead-letters");
    }

    private static List<TopicPartition> partitions(org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer,
            String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        if (partitions == null) {
            return List.of();
        }
        return partitions.stream().map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private static Optional<ConsumerRecord<String, byte[]>> record(
            org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer, String topic, int partition,
            long offset) {
        if (partition < 0 || offset < 0) {
            return Optional.empty();
        }
        List<ConsumerRecord<String, byte[]>> found = read(consumer, new TopicPartition(topic, partition), offset, 1);
        return found.stream().filter(record -> record.offset() == offset).findFirst();
    }

    /** Up to {@code max} records of one partition from {@code from} on, as far as its end when the read began. */
    private static List<ConsumerRecord<String, byte[]>> read(
            org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer, TopicPartition partition, long from,
            int max) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        if (max <= 0 || from == Long.MAX_VALUE) {
            return records;
        }
        List<TopicPartition> one = List.of(partition);
        Long end = consumer.endOffsets(one).get(partition);
        Long start = consumer.beginningOffsets(one).get(partition);
        if (end == null || start == null || Math.max(from, start) >= end) {
            return records;
        }
        consumer.assign(one);
        consumer.seek(partition, Math.max(from, start));
        long deadline = System.nanoTime() + READ_AT_MOST.toNanos();
        while (records.size() < max && consumer.position(partition) < end && System.nanoTime() < deadline) {
            ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : polled.records(partition)) {
                if (record.offset() < end && records.size() < max) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static String traceId(Headers headers) {
        EventTrace trace = CloudEventTraceHeaders.read(headers);
        return trace == null ? null : trace.traceId();
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null || header.value().length != Integer.BYTES ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long number(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null || header.value().length != Long.BYTES ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }

    private static String bounded(String message) {
        return message.length() <= MAX_MESSAGE_LENGTH ? message : message.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    /** Where a page of parked records ended: the next page starts after it. */
    public record Position(String topic, int partition, long offset) {

        boolean isBefore(TopicPartition other) {
            int byTopic = topic.compareTo(other.topic());
            return byTopic < 0 || (byTopic == 0 && partition < other.partition());
        }

        boolean isAt(TopicPartition other) {
            return topic.equals(other.topic()) && partition == other.partition();
        }
    }
}
