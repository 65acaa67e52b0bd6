package zone.xianggan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * Several events of one transaction in one outbox row, as bytes. Each event is a line {@code <id> <ce_type> <key
 * length> <data length>} in ASCII (neither id nor type holds a space; lengths in bytes), then its key in UTF-8 and
 * its data exactly as it was serialized, so that nothing in the data (a decimal's digits, say) is parsed and
 * written again on the way to Kafka, then a line break that only eases reading. The events' trace context is not in
 * the payload: the events of one row report one change, and the row holds its context once.
 */
final class OutboxBundle {

    /** Events in one row at most: a bounded read for the relay. */
    static final int MAX_EVENTS = 1000;
    /** Bytes in one row at most before compression, but for a last event: a bounded read for the relay. */
    static final int MAX_BYTES = 600_000;

    private OutboxBundle() {
    }

    /** The events split into payloads of at most {@link #MAX_EVENTS} events and about {@link #MAX_BYTES}. */
    static List<Packed> pack(List<OutgoingEvent> events) {
        List<Packed> packed = new ArrayList<>();
        int from = 0;
        while (from < events.size()) {
            int to = from;
            int size = 0;
            List<byte[]> headers = new ArrayList<>();
            List<byte[]> keys = new ArrayList<>();
            while (to < events.size() && to - from < MAX_EVENTS && (to == from || size < MAX_BYTES)) {
                OutgoingEvent event = events.get(to++);
                byte[] key = event.key().getBytes(StandardCharsets.UTF_8);
                byte[] header = (event.id() + " " + event.type().ceType() + " " + key.length + " "
                        + event.data().length + "\n").getBytes(StandardCharsets.US_ASCII);
                headers.add(header);
                keys.add(key);
                size += header.length + key.length + event.data().length + 1;
            }
            // Written into one array of the payload's exact size: a 10,000-value import copies its events once.
            byte[] payload = new byte[size];
            int position = 0;
            for (int i = 0; i < headers.size(); i++) {
                position = put(payload, position, headers.get(i));
                position = put(payload, position, keys.get(i));
                position = put(payload, position, events.get(from + i).data());
                payload[position++] = '\n';
            }
            packed.add(new Packed(payload, to - from));
            from = to;
        }
        return packed;
    }

    private static int put(byte[] target, int position, byte[] bytes) {
        System.arraycopy(bytes, 0, target, position, bytes.length);
        return position + bytes.length;
    }

    /** The events of one payload, in the order they were packed, each stamped with the row's time and trace. */
    static List<OutgoingEvent> unpack(byte[] payload, Instant occurredAt, EventTrace trace) {
        List<OutgoingEvent> events = new ArrayList<>();
        int position = 0;
        while (position < payload.length) {
            int afterId = indexOf(payload, ' ', position);
            int afterType = indexOf(payload, ' ', afterId + 1);
            int afterKeyLength = indexOf(payload, ' ', afterType + 1);
            int lineEnd = indexOf(payload, '\n', afterKeyLength + 1);
            int keyStart = lineEnd + 1;
            int dataStart = keyStart + asciiInt(payload, afterType + 1, afterKeyLength);
            int dataEnd = dataStart + asciiInt(payload, afterKeyLength + 1, lineEnd);
            events.add(new OutgoingEvent(UUID.fromString(ascii(payload, position, afterId)),
                    type(ascii(payload, afterId + 1, afterType)),
                    new String(payload, keyStart, dataStart - keyStart, StandardCharsets.UTF_8), occurredAt,
                    Arrays.copyOfRange(payload, dataStart, dataEnd), trace));
            position = dataEnd + 1;
        }
        return events;
    }

    private static EventType type(String ceType) {
        return EventType.ofCeType(ceType).orElseThrow(() -> new IllegalStateException(
                "the outbox holds an event of a type this service does not know: " + ceType));
    }

    private static int indexOf(byte[] bytes, char wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalStateException("an outbox bundle ends in the middle of an event's header");
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }

    private static int asciiInt(byte[] bytes, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                throw new IllegalStateException("an outbox bundle holds a length that is not a number");
            }
            value = value * 10 + (bytes[i] - '0');
        }
        return value;
    }

    record Packed(byte[] payload, int events) {
    }
}
