package zone.xianggan.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import zone.xianggan.platform.events.EventIds;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.tracing.CurrentTrace;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * Where a use case puts the events of its state change. They are stored in the same database transaction as the
 * change, so both commit or neither does; the {@link OutboxRelay} hands them to Kafka after the commit, and again
 * after any failure, until Kafka has acknowledged them.
 *
 * <p>Append an entity's event after the statement that changes (and so locks) the entity's row: then two
 * transactions on one entity append in commit order, and its events reach its partition in that order.
 *
 * <p>A large change may have its events rendered ahead ({@link #renderAhead}): their JSON is written, packed and
 * compressed on the outbox's own thread while the transaction goes on with its other writes on the caller's, and
 * {@link #append(RenderedEvents)} then stores them. Rendering is pure work on data the caller has already decided,
 * so it changes nothing of what commits or in which order; it only uses a core that would otherwise wait.
 *
 * <p>The events are stored with the trace context of the work that appends them (the request, or the consumed
 * record, making the change), taken on the caller's thread: the relay sends it with each of them, so that their
 * consumers continue the trace of the change.
 */
public class Outbox implements AutoCloseable {

    /** The key of this transaction's count of appended events: one synchronization per transaction. */
    private static final Object APPENDED_IN_TRANSACTION = new Object();

    private final OutboxRepository repository;
    private final OutboxRelay relay;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final CurrentTrace trace;
    private final ExecutorService renderer;

    Outbox(OutboxRepository repository, OutboxRelay relay, OutboxMetrics metrics, Clock clock, CurrentTrace trace) {
        this.repository = repository;
        this.relay = relay;
        this.metrics = metrics;
        this.clock = clock;
        this.trace = trace;
        // One core's worth fewer than the machine has: the caller's thread keeps one for its own writes.
        this.renderer = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                Thread.ofPlatform().name("outbox-render-", 0).daemon().factory());
    }

    public void append(PendingEvent event) {
        appendAll(List.of(event));
    }

    public void appendAll(List<PendingEvent> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return;
        }
        store(StoredEvents.of(outgoing(events, clock.instant(), trace.capture())));
    }

    /**
     * Starts rendering the events of {@code sources} (one each, by {@code toEvent}) on the outbox's thread, and
     * answers at once; {@link #append(RenderedEvents)} stores them, in the same transaction. The events occur now, in
     * the trace of the caller.
     */
    public <T> RenderedEvents renderAhead(List<T> sources, Function<? super T, PendingEvent> toEvent) {
        requireTransaction();
        Instant now = clock.instant();
        EventTrace traced = trace.capture();
        List<T> taken = List.copyOf(sources);
        return new RenderedEvents(taken.isEmpty() ? null : CompletableFuture.supplyAsync(
                () -> StoredEvents.of(outgoing(taken.stream().map(toEvent).toList(), now, traced)), renderer));
    }

    /** Stores events rendered ahead, once they are rendered, in this transaction. */
    public void append(RenderedEvents events) {
        requireTransaction();
        if (events.rendering == null) {
            return;
        }
        try {
            store(events.rendering.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Events rendered ahead: a handle to give to {@link #append(RenderedEvents)}. */
    public static final class RenderedEvents {

        /** Null when there were no events. */
        private final CompletableFuture<StoredEvents> rendering;

        private RenderedEvents(CompletableFuture<StoredEvents> rendering) {
            this.rendering = rendering;
        }
    }

    private void store(StoredEvents events) {
        repository.insert(events);
        appendedInThisTransaction().addAndGet(events.eventCount());
    }

    private static List<OutgoingEvent> outgoing(List<PendingEvent> events, Instant now, EventTrace trace) {
        return events.stream()
                .map(event -> new OutgoingEvent(EventIds.next(), event.type(), event.key(), now,
                        EventJson.write(event.data()), trace))
                .toList();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("events are appended inside the transaction of the change they report");
        }
    }

    @Override
    public void close() {
        renderer.shutdownNow();
    }

    /** Counts this transaction's events; once it commits, they are counted as appended and the relay is woken. */
    private AtomicInteger appendedInThisTransaction() {
        AtomicInteger appended = (AtomicInteger) TransactionSynchronizationManager.getResource(APPENDED_IN_TRANSACTION);
        if (appended != null) {
            return appended;
        }
        AtomicInteger count = new AtomicInteger();
        TransactionSynchronizationManager.bindResource(APPENDED_IN_TRANSACTION, count);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(APPENDED_IN_TRANSACTION);
                if (status == STATUS_COMMITTED) {
                    metrics.appended(count.get());
                    relay.wakeUp();
                }
            }
        });
        return count;
    }
}
