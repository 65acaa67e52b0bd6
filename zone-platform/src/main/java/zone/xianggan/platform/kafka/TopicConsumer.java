package zone.xianggan.platform.kafka;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A zone consumer: for each topic it reads, what it does with one record. Its Kafka listener and an operator's
 * replay of a parked record ({@code DeadLetters}) call the same code, so a replayed record is processed exactly as
 * if it had just arrived (and, the consumers being idempotent, applied at most once).
 */
public interface TopicConsumer {

    Map<String, Consumer<ConsumerRecord<String, byte[]>>> handlers();
}
