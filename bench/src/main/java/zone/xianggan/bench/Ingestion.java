package zone.xianggan.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import zone.xianggan.events.Topics;

/**
 * Values accepted per second through the batch API, and end to end: from sending the batch until a subscriber of
 * {@code indicators.values.v1} has the last value's event. Each batch starts once the outbox has published the one
 * before and the zone's subscribers have consumed it, so that each figure is its own batch's.
 */
final class Ingestion {

    /** A value as the batch API takes it, and as a JSON row. */
    record Row(String county, String indicator, String period, String value) {

        String json() {
            return "{\"countyCode\":\"" + county + "\",\"indicatorCode\":\"" + indicator + "\",\"period\":\""
                    + period + "\",\"value\":" + value + "}";
        }

    }

    /** One batch's figures, in values per second. */
    record Throughput(double api, double endToEnd) {
    }

    private final Http http;
    private final String indicators;
    private final KafkaLogins zone;
    private List<KafkaBaseline.Message> published = List.of();

    Ingestion(Http http, String indicatorsUrl, KafkaLogins zone) {
        this.http = http;
        this.indicators = indicatorsUrl;
        this.zone = zone;
    }

    /** Months from January 2000 on that the monthly rows cover, for each indicator. */
    private static final int MONTHS = 12 * 26;

    /** How many new values one monthly indicator gives {@link #monthlyRows}. */
    static int valuesPerMonthlyIndicator(List<String> units) {
        return units.size() * MONTHS;
    }

    /** New rows: every unit, month by month, for monthly benchmark indicators. */
    static Iterator<Row> monthlyRows(List<String> units, List<Catalogue.Indicator> monthly) {
        return new Iterator<>() {
            int index;

            @Override
            public boolean hasNext() {
                return index < units.size() * monthly.size() * MONTHS;
            }

            @Override
            public Row next() {
                int unit = index % units.size();
                int month = index / units.size() % MONTHS;
                int indicator = index / units.size() / MONTHS;
                index++;
                Catalogue.Indicator chosen = monthly.get(indicator);
                return new Row(units.get(unit), chosen.code(), "%d-%02d".formatted(2000 + month / 12, 1 + month % 12),
                        chosen.value().toPlainString());
            }
        };
    }

    static List<Row> take(Iterator<Row> rows, int count) {
        List<Row> batch = new ArrayList<>(count);
        while (batch.size() < count) {
            batch.add(rows.next());
        }
        return batch;
    }

    /** Loads a batch without measuring it. */
    void load(List<Row> batch) {
        awaitQuiet();
        String body = batch.stream().map(Row::json).collect(Collectors.joining(",", "[", "]"));
        http.post(indicators + "/api/v1/values", body).requireSuccess("POST values");
    }

    Throughput send(List<Row> batch) {
        awaitQuiet();
        String body = batch.stream().map(Row::json).collect(Collectors.joining(",", "[", "]"));
        try (KafkaConsumer<String, byte[]> subscriber = subscriberAtEnd()) {
            long start = System.nanoTime();
            Http.Response response = http.post(indicators + "/api/v1/values", body).requireSuccess("POST values");
            long accepted = System.nanoTime();
            int imported = response.json().get("imported").asInt();
            if (imported != batch.size()) {
                throw new IllegalStateException("imported " + imported + " of " + batch.size() + ": " + response.body());
            }
            published = receive(subscriber, batch.size());
            long consumed = System.nanoTime();
            return new Throughput(batch.size() / ((accepted - start) / 1e9), batch.size() / ((consumed - start) / 1e9));
        }
    }

    /** Polls until the subscriber has {@code count} records (at most five minutes): the records as published. */
    static List<KafkaBaseline.Message> receive(KafkaConsumer<String, byte[]> subscriber, int count) {
        List<KafkaBaseline.Message> records = new ArrayList<>(count);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (records.size() < count) {
            subscriber.poll(Duration.ofMillis(50)).forEach(record -> records.add(
                    new KafkaBaseline.Message(record.key(), record.value(), record.headers())));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the subscriber received " + records.size() + " of " + count);
            }
        }
        return records;
    }

    /** Until the batch before is published and every subscriber in the zone has consumed it. */
    void awaitQuiet() {
        Outboxes.awaitDrained(http, indicators);
        Subscribers.awaitCaughtUp(zone);
    }

    /** A subscriber of {@code indicators.values.v1} at the topic's end: it receives what is published from now on. */
    KafkaConsumer<String, byte[]> subscriberAtEnd() {
        // A subscriber granted the zone's topics, as an agency's system would follow them.
        Properties properties = new Properties();
        properties.putAll(zone.kafkaClient(Subscribers.SUBSCRIBER));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, Subscribers.SUBSCRIBER + ".bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDICATORS_VALUES_V1).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** The records the subscriber received of the last batch sent, as the zone published them. */
    List<KafkaBaseline.Message> lastPublished() {
        return published;
    }
}
