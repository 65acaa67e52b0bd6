package zone.xianggan.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import zone.xianggan.platform.events.EventIds;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;

/**
 * Where a use case puts the events of its state change. They are stored in the same database transaction as the
 * change, so both commit or neither does; the {@link OutboxRelay} hands them to Kafka after the commit, and again
 * after any failure, until Kafka has acknowledged them.
 *
 * <p>Append an entity's event after the statement that changes (and so locks) the entity's row: then two
 * transactions on one entity append in commit order, and its events reach its partition in that order.
 */
public class Outbox {

    /** The key of this transaction's count of appended events: one synchronization per transaction. */
    private static final Object APPENDED_IN_TRANSACTION = new Object();

    private final OutboxRepository repository;
    private final OutboxRelay relay;
    private final OutboxMetrics metrics;
    private final Clock clock;

    Outbox(OutboxRepository repository, OutboxRelay relay, OutboxMetrics metrics, Clock clock) {
        this.repository = repository;
        this.relay = relay;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void append(PendingEvent event) {
        appendAll(List.of(event));
    }

    public void appendAll(List<PendingEvent> events) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("events are appended inside the transaction of the change they report");
        }
        if (events.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        repository.insert(events.stream()
                .map(event -> new OutgoingEvent(EventIds.next(), event.type(), event.key(), now,
                        EventJson.write(event.data())))
                .toList());
        appendedInThisTransaction().addAndGet(events.size());
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
