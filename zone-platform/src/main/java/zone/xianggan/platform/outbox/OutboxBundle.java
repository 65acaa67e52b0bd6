package zone.xianggan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.OutgoingEvent;

/**
 * Several events of one transaction in one outbox row. Each event is a line {@code <id> <ce_type> <key length>
 * <data length>} (neither id nor type holds a space), then its key and its data exactly as they were serialized, so
 * that nothing in the data (a decimal's digits, say) is parsed and written again on the way to Kafka, then a line
 * break that only eases reading.
 */
final class OutboxBundle {

    /** Events in one row at most: a bounded read for the relay. */
    static final int MAX_EVENTS = 1000;
    /** Characters in one row at most: within the payload column's 1,000,000, with room for a last event. */
    static final int MAX_CHARS = 600_000;

    private OutboxBundle() {
    }

    /** The events split into payloads of at most {@link #MAX_EVENTS} events and about {@link #MAX_CHARS}. */
    static List<Packed> pack(List<OutgoingEvent> events) {
        List<Packed> packed = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        int count = 0;
        for (OutgoingEvent event : events) {
            if (count == MAX_EVENTS || (count > 0 && payload.length() >= MAX_CHARS)) {
                packed.add(new Packed(payload.toString(), count));
                payload.setLength(0);
                count = 0;
            }
            String data = new String(event.data(), StandardCharsets.UTF_8);
            payload.append(event.id()).append(' ').append(event.type().ceType()).append(' ')
                    .append(event.key().length()).append(' ').append(data.length()).append('\n')
                    .append(event.key()).append(data).append('\n');
            count++;
        }
        if (count > 0) {
            packed.add(new Packed(payload.toString(), count));
        }
        return packed;
    }

    /** The events of one payload, in the order they were packed, each stamped with the row's time. */
    static List<OutgoingEvent> unpack(String payload, Instant occurredAt) {
        List<OutgoingEvent> events = new ArrayList<>();
        int position = 0;
        while (position < payload.length()) {
            int afterId = payload.indexOf(' ', position);
            int afterType = payload.indexOf(' ', afterId + 1);
            int afterKeyLength = payload.indexOf(' ', afterType + 1);
            int lineEnd = payload.indexOf('\n', afterKeyLength + 1);
            int keyStart = lineEnd + 1;
            int dataStart = keyStart + Integer.parseInt(payload, afterType + 1, afterKeyLength, 10);
            int dataEnd = dataStart + Integer.parseInt(payload, afterKeyLength + 1, lineEnd, 10);
            String type = payload.substring(afterId + 1, afterType);
            events.add(new OutgoingEvent(UUID.fromString(payload.substring(position, afterId)),
                    EventType.ofCeType(type).orElseThrow(() -> new IllegalStateException(
                            "the outbox holds an event of a type this service does not know: " + type)),
                    payload.substring(keyStart, dataStart), occurredAt,
                    payload.substring(dataStart, dataEnd).getBytes(StandardCharsets.UTF_8)));
            position = dataEnd + 1;
        }
        return events;
    }

    record Packed(String payload, int events) {
    }
}
