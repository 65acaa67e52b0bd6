package zone.xianggan.platform.events;

import java.time.Instant;
import java.util.UUID;

import zone.xianggan.events.EventType;

/**
 * An event as the outbox keeps it until Kafka has it. The id stays the same on every attempt, so a subscriber
 * that sees a record twice sees the same {@code ce_id} twice.
 *
 * @param key the entity's id: the record key and the {@code ce_subject}
 */
public record OutgoingEvent(UUID id, EventType type, String key, Instant occurredAt, byte[] data) {
}
