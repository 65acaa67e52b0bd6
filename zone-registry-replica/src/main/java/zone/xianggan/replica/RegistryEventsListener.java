package zone.xianggan.replica;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.ReceivedEvent;
import zone.xianggan.platform.events.UnreadableEventException;
import zone.xianggan.platform.kafka.TopicConsumer;

/**
 * Keeps the replica from {@code registry.counties.v1}. When the replica is empty (a new service, or a database
 * restored without it) it reads the compacted topic from its beginning, whatever offsets the group has committed;
 * {@link #rebuild()} does the same on request.
 */
class RegistryEventsListener extends AbstractConsumerSeekAware implements TopicConsumer {

    static final String LISTENER_ID = "registry-replica";
    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    private final ReplicaUpdater updater;
    private final ReplicaRepository repository;

    RegistryEventsListener(ReplicaUpdater updater, ReplicaRepository repository) {
        this.updater = updater;
        this.repository = repository;
    }

    /**
     * {@code idIsGroup = false}: the id only names the container, and the consumer group stays the service's own
     * ({@code spring.kafka.consumer.group-id}). Were the id the group, every service would share one group and
     * each would see only some partitions of the registry, and dead letters would be named for another group.
     */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.REGISTRY_COUNTIES_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        apply(record);
    }

    @Override
    public Map<String, Consumer<ConsumerRecord<String, byte[]>>> handlers() {
        return Map.of(Topics.REGISTRY_COUNTIES_V1, this::apply);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent<?> event = CloudEventRecords.read(record);
        if (!(event.data() instanceof CountySnapshot snapshot)) {
            throw new UnreadableEventException(event.type().ceType() + " does not belong on "
                    + Topics.REGISTRY_COUNTIES_V1);
        }
        if (!snapshot.code().equals(record.key())) {
            throw new UnreadableEventException("record key " + record.key() + " is not the county code "
                    + snapshot.code());
        }
        updater.apply(snapshot, event.id());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        if (repository.isEmpty()) {
            log.info("The registry replica is empty: reading {} from its beginning", assignments.keySet());
            callback.seekToBeginning(assignments.keySet());
        }
    }

    /** Reads the whole compacted topic again; snapshots newer than those held replace them. */
    void rebuild() {
        log.info("Rebuilding the registry replica from {}", Topics.REGISTRY_COUNTIES_V1);
        seekToBeginning();
    }
}
