package zone.xianggan.platform.replica;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.ReceivedEvent;
import zone.xianggan.platform.events.UnreadableEventException;
import zone.xianggan.platform.kafka.TopicConsumer;

/**
 * The listener of a replica: the state a service keeps of topics another service owns. Whenever it holds nothing
 * of a topic (a new service, or a database restored without the replica) it reads that topic from its beginning,
 * whatever offsets the group has committed; {@link #rebuild()} does the same on request. Each record must carry the
 * topic's data, keyed as the topic says: anything else is unreadable (a dead letter at once).
 */
public abstract class ReplicaListener extends AbstractConsumerSeekAware implements TopicConsumer {

    private static final Logger log = LoggerFactory.getLogger(ReplicaListener.class);

    /** Whether the service holds nothing yet of what it replicates from {@code topic}. */
    protected abstract boolean holdsNothingOf(String topic);

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        Set<TopicPartition> fromStart = assignments.keySet().stream()
                .filter(partition -> holdsNothingOf(partition.topic())).collect(Collectors.toSet());
        if (!fromStart.isEmpty()) {
            log.info("Nothing held yet of {}: reading from the beginning", fromStart);
            callback.seekToBeginning(fromStart);
        }
    }

    /** Reads every assigned partition again from its beginning; what is newer than held replaces it. */
    public void rebuild() {
        log.info("Reading {} again from the beginning", handlers().keySet());
        seekToBeginning();
    }

    /**
     * The record's event, if its data is a {@code type} and the record's key is the data's {@code key}; an
     * {@link UnreadableEventException} otherwise.
     */
    protected static <T> ReceivedEvent<T> read(ConsumerRecord<String, byte[]> record, Class<T> type,
            Function<T, String> key) {
        ReceivedEvent<?> event = CloudEventRecords.read(record);
        if (!type.isInstance(event.data())) {
            throw new UnreadableEventException(event.type().ceType() + " does not belong on " + record.topic());
        }
        T data = type.cast(event.data());
        if (!key.apply(data).equals(record.key())) {
            throw new UnreadableEventException("record key " + record.key() + " is not the key " + key.apply(data)
                    + " its data names");
        }
        @SuppressWarnings("unchecked")
        ReceivedEvent<T> typed = (ReceivedEvent<T>) event;
        return typed;
    }
}
