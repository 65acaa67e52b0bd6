package zone.xianggan.platform.events;

import java.time.Instant;
import java.util.UUID;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * An event as the outbox keeps it until Kafka has it. The id stays the same on every attempt, so a subscriber
 * that sees a record twice sees the same {@code ce_id} twice.
 *
 * @param key   the entity's id: the record key and the {@code ce_subject}
 * @param trace the trace context of the change it reports, sent as {@code ce_traceparent} and {@code ce_tracestate};
 *              null for a change made outside any trace, or stored before the zone traced its changes
 */
public record OutgoingEvent(UUID id, EventType type, String key, Instant occurredAt, byte[] data, EventTrace trace) {

    /** An event of no trace. */
    public OutgoingEvent(UUID id, EventType type, String key, Instant occurredAt, byte[] data) {
        this(id, type, key, occurredAt, data, null);
    }
}
