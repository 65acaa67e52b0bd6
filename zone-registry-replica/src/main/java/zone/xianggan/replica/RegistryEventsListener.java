package zone.xianggan.replica;

import java.util.Map;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.ReceivedEvent;
import zone.xianggan.platform.replica.ReplicaListener;

/** Keeps the replica from {@code registry.counties.v1}, a county snapshot per record keyed by its code. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryEventsListener extends ReplicaListener {

    static final String LISTENER_ID = "registry-replica";

    private final ReplicaUpdater updater;
    private final ReplicaRepository repository;

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

    @Override
    protected boolean holdsNothingOf(String topic) {
        return repository.isEmpty();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent<CountySnapshot> event = read(record, CountySnapshot.class, CountySnapshot::code);
        updater.apply(event.data(), event.id());
    }
}
