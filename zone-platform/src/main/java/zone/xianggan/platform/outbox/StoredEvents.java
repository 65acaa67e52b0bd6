package zone.xianggan.platform.outbox;

import java.time.Instant;
import java.util.List;

import zone.xianggan.platform.events.OutgoingEvent;

/**
 * The events of one append as the outbox stores them: a single event as it is, or several packed into
 * {@link OutboxBundle}s, each compressed. Making them is pure work on bytes, so it may run on any thread.
 *
 * @param single the one event, or null when the events are in {@code bundles}
 * @param bundles the bundles' compressed payloads, in order (empty for a single event)
 */
record StoredEvents(Instant occurredAt, OutgoingEvent single, List<OutboxBundle.Packed> bundles) {

    /** Events that all occurred at the same instant, in the order they are to be published. */
    static StoredEvents of(List<OutgoingEvent> events) {
        Instant occurredAt = events.getFirst().occurredAt();
        if (events.size() == 1) {
            return new StoredEvents(occurredAt, events.getFirst(), List.of());
        }
        return new StoredEvents(occurredAt, null, OutboxBundle.pack(events).stream()
                .map(bundle -> new OutboxBundle.Packed(BundleCompression.compress(bundle.payload()), bundle.events()))
                .toList());
    }

    int eventCount() {
        return single != null ? 1 : bundles.stream().mapToInt(OutboxBundle.Packed::events).sum();
    }
}
