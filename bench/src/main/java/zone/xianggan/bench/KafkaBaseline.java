package zone.xianggan.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain kafka-clients on the zone's broker, with the producer settings the services use (acks=all, idempotent,
 * {@code linger.ms=0}: Kafka 4 would otherwise wait 5 ms to fill a batch, which the services do not; batches of up
 * to 256 KiB): what Kafka
 * alone costs, to set the zone's figures against.
 */
final class KafkaBaseline {

    private final KafkaLogins zone;
    private final short replicationFactor;

    /**
     * On the zone's secured broker, authenticated as the benchmark's subscriber agency as the services authenticate,
     * in topics of that agency's own (named under it, as its ACLs allow).
     */
    KafkaBaseline(KafkaLogins zone) {
        this(zone, (short) 1);
    }

    /**
     * As above, on brokers where the zone's topics have {@code replicationFactor} replicas: the baseline's topics have
     * as many, so that an acknowledgement waits for the same followers (on the cluster: 3, min.insync.replicas 2).
     */
    KafkaBaseline(KafkaLogins zone, short replicationFactor) {
        this.zone = zone;
        this.replicationFactor = replicationFactor;
    }

    /**
     * Messages per second from the first send until a consumer has received the last: the median of
     * {@code rounds} rounds, after {@code warmups} more, with one producer and one consumer for all of them, as the
     * zone's relay and subscriber are warm when a batch is measured. The messages are records as the zone published
     * them (key, value and CloudEvent headers), so that Kafka carries the same bytes in both.
     */
    double produceConsumeThroughput(List<Message> messages, int warmups, int rounds) {
        String topic = newTopic();
        try (KafkaConsumer<String, byte[]> consumer = consumer(topic);
                KafkaProducer<String, byte[]> producer = producer()) {
            awaitAssignment(consumer);
            double[] measured = new double[rounds];
            for (int round = -warmups; round < rounds; round++) {
                long start = System.nanoTime();
                for (Message message : messages) {
                    producer.send(new ProducerRecord<>(topic, null, message.key(), message.value(),
                            message.headers()));
                }
                producer.flush();
                int received = 0;
                while (received < messages.size()) {
                    received += consumer.poll(Duration.ofMillis(100)).count();
                    if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                        throw new IllegalStateException("the baseline consumer received " + received + " of "
                                + messages.size());
                    }
                }
                if (round >= 0) {
                    measured[round] = messages.size() / ((System.nanoTime() - start) / 1e9);
                }
            }
            Arrays.sort(measured);
            return measured[rounds / 2];
        }
    }

    /** A record to send: its key, value and headers. */
    record Message(String key, byte[] value, Iterable<Header> headers) {
    }

    /**
     * One message at a time: from send until a consumer, polling all along, has it; the first {@code warmups}
     * messages are sent the same way and not counted, as the zone's first updates are not.
     */
    Latencies produceConsumeLatency(int warmups, int count, byte[] payload) throws InterruptedException {
        String topic = newTopic();
        AtomicReference<CountDownLatch> arrival = new AtomicReference<>();
        AtomicLong arrivedAt = new AtomicLong();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            KafkaConsumer<String, byte[]> consumer = consumer(topic);
            awaitAssignment(consumer);
            Thread poller = Thread.ofPlatform().daemon().start(() -> {
                try (consumer) {
                    while (true) {
                        if (consumer.poll(Duration.ofMillis(50)).count() > 0) {
                            arrivedAt.set(System.nanoTime());
                            arrival.get().countDown();
                        }
                    }
                } catch (WakeupException stopping) {
                    // done
                }
            });
            long[] latencies = new long[count];
            for (int i = -warmups; i < count; i++) {
                arrival.set(new CountDownLatch(1));
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "430181", payload));
                if (!arrival.get().await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("message " + i + " did not arrive");
                }
                if (i >= 0) {
                    latencies[i] = arrivedAt.get() - sent;
                }
            }
            consumer.wakeup();
            poller.join(10_000);
            return new Latencies(latencies);
        }
    }

    private String newTopic() {
        String topic = Subscribers.SUBSCRIBER + ".bench-baseline-" + UUID.randomUUID();
        try (Admin admin = Admin.create(zone.kafkaClient(Subscribers.SUBSCRIBER))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, replicationFactor))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
        return topic;
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties properties = new Properties();
        properties.putAll(zone.kafkaClient(Subscribers.SUBSCRIBER));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        Properties properties = new Properties();
        properties.putAll(zone.kafkaClient(Subscribers.SUBSCRIBER));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, Subscribers.SUBSCRIBER + ".bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static void awaitAssignment(KafkaConsumer<String, byte[]> consumer) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the baseline consumer got no partitions");
            }
        }
    }
}
