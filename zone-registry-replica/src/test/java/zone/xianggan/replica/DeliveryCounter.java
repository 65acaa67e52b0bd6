package zone.xianggan.replica;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

/**
 * Counts how often each record (by partition and offset) reached the replica's listener: once, or once plus each
 * retry. Boot's listener container factory picks it up as the record interceptor.
 */
@Component
class DeliveryCounter implements RecordInterceptor<Object, Object> {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        deliveries.computeIfAbsent(id(record.topic(), record.partition(), record.offset()),
                id -> new AtomicInteger()).incrementAndGet();
        return record;
    }

    int deliveriesOf(RecordMetadata sent) {
        AtomicInteger count = deliveries.get(id(sent.topic(), sent.partition(), sent.offset()));
        return count == null ? 0 : count.get();
    }

    private static String id(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }
}
