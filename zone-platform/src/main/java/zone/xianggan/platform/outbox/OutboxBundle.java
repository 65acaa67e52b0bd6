package zone.xianggan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;

/**
 * Several events of one transaction in one outbox row. Each event is its header (id, type, key) as one line of
 * JSON, the length of its data in characters on the next line, then the data exactly as it was serialized, so that
 * nothing in it (a decimal's digits, say) is parsed and written again on the way to Kafka.
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
            payload.append(EventJson.writeString(new Header(event.id(), event.type().ceType(), event.key())))
                    .append('\n').append(data.length()).append('\n').append(data).append('\n');
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
            int headerEnd = payload.indexOf('\n', position);
            int lengthEnd = payload.indexOf('\n', headerEnd + 1);
            Header header = EventJson.read(payload.substring(position, headerEnd).getBytes(StandardCharsets.UTF_8),
                    Header.class);
            int dataStart = lengthEnd + 1;
            int dataEnd = dataStart + Integer.parseInt(payload, headerEnd + 1, lengthEnd, 10);
            events.add(new OutgoingEvent(header.id(), EventType.ofCeType(header.type()).orElseThrow(), header.key(),
                    occurredAt, payload.substring(dataStart, dataEnd).getBytes(StandardCharsets.UTF_8)));
            position = dataEnd + 1;
        }
        return events;
    }

    record Packed(String payload, int events) {
    }

    private record Header(UUID id, String type, String key) {
    }
}
