package zone.xianggan.replica;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import zone.xianggan.events.EventSources;
import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;

/**
 * {@code registry.counties.v1} as the registry writes it: binary-mode CloudEvents made by the platform's own codec,
 * keyed by county code, each send acknowledged before the test goes on.
 */
final class RegistryTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    private RegistryTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    static RegistryTopic at(String bootstrapServers) {
        return new RegistryTopic(bootstrapServers);
    }

    /** The event the registry would publish for this snapshot: registered, updated or retired. */
    static OutgoingEvent eventOf(CountySnapshot county) {
        EventType type = county.retired() ? EventType.COUNTY_RETIRED
                : county.version() == 1 ? EventType.COUNTY_REGISTERED : EventType.COUNTY_UPDATED;
        return new OutgoingEvent(UUID.randomUUID(), type, county.code(), county.changedAt(), EventJson.write(county));
    }

    /** A well-formed event of the registry whose data is these bytes, whatever they are. */
    static OutgoingEvent eventWithData(String key, String data) {
        return new OutgoingEvent(UUID.randomUUID(), EventType.COUNTY_UPDATED, key, Instant.now(),
                data.getBytes(StandardCharsets.UTF_8));
    }

    static ProducerRecord<String, byte[]> recordOf(OutgoingEvent event) {
        return CloudEventRecords.toRecord(event, EventSources.REGISTRY);
    }

    RecordMetadata publish(CountySnapshot county) {
        return publish(eventOf(county));
    }

    /** Publishes the event; the same event twice is the same {@code ce_id} twice, as after an outbox retry. */
    RecordMetadata publish(OutgoingEvent event) {
        return send(recordOf(event));
    }

    RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + record, e.getCause());
        }
    }

    /** The partition the registry's records of this county go to. */
    int partitionOf(String code) {
        int partitions = producer.partitionsFor(Topics.REGISTRY_COUNTIES_V1).size();
        return BuiltInPartitioner.partitionForKey(code.getBytes(StandardCharsets.UTF_8), partitions);
    }

    @Override
    public void close() {
        producer.close();
    }
}
