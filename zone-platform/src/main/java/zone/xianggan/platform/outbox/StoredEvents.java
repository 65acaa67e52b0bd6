package zone.xianggan.platform.outbox;

import java.time.Instant;
import java.util.List;

import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * The events of one append as the outbox stores them: a single event as it is, or several packed into
 * {@link OutboxBundle}s, each compressed. Making them is pure work on bytes, so it may run on any thread.
 *
 * @param single the one event, or null when the events are in {@code bundles}
 * @param bundles the bundles' compressed payloads, in order (empty for a single event)
 * @param trace the trace context of the change they report, stored once for a row; null where there is none
 */
record StoredEvents(Instant occurredAt, OutgoingEvent single, List<OutboxBundle.Packed> bundles, EventTrace trace) {

    /**
     * Events of one change, in the order they are to be published: they all occurred at the same instant, in the
     * same trace.
     */
    static StoredEvents of(List<OutgoingEvent> events) {
        Instant occurredAt = events.getFirst().occurredAt();
        EventTrace trace = events.getFirst().trace();
        if (events.size() == 1) {
            return new StoredEvents(occurredAt, events.getFirst(), List.of(), trace);
        }
        return new StoredEvents(occurredAt, null, OutboxBundle.pack(events).stream()
                .map(bundle -> new OutboxBundle.Packed(BundleCompression.compress(bundle.payload()), bundle.events()))
                .toList(), trace);
    }

    int eventCount() {
        return single != null ? 1 : bundles.stream().mapToInt(OutboxBundle.Packed::events).sum();
    }
}
