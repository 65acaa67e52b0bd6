package zone.xianggan.platform.outbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.kafka.TopicProvisioning;
import zone.xianggan.platform.outbox.OutboxRepository.PendingRow;
import zone.xianggan.platform.tasks.SurvivingTasks;

/**
 * Hands stored events to Kafka in the order they were stored, and deletes them only once Kafka has acknowledged
 * them ({@code acks=all}, idempotent producer), in the transaction that read them.
 *
 * <p>When a send fails, the events before it count as published (a row all of whose events are acknowledged is
 * deleted; a row acknowledged part way records how far) and that event and every later one stay pending, to be sent
 * again, in order, on the next attempt. So the last record of each key on a compacted topic is always
 * the entity's latest state, even after an outage; a subscriber may see a record twice (same {@code ce_id}) and
 * ignores the repeat by its version.
 *
 * <p>Each record carries the trace context stored with its event, that of the change it reports
 * ({@link CloudEventRecords#toRecord}), never the relay's own: the relay works later, on its own thread, in no trace.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final KafkaOperations<String, byte[]> kafka;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final URI source;
    private final Clock clock;
    private final TopicProvisioning topics;
    private final Runnable turn;

    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile long pausedUntilNanos = System.nanoTime();
    private int consecutiveFailures;

    OutboxRelay(OutboxRepository repository, KafkaOperations<String, byte[]> kafka, TransactionTemplate transactions,
            OutboxProperties properties, OutboxMetrics metrics, URI source, Clock clock, TopicProvisioning topics,
            SurvivingTasks tasks) {
        this.repository = repository;
        this.kafka = kafka;
        this.transactions = transactions;
        this.properties = properties;
        this.metrics = metrics;
        this.source = source;
        this.clock = clock;
        this.topics = topics;
        this.turn = tasks.guard("outbox-relay", this::drainIfNotPaused);
    }

    /** Publish now rather than at the next poll; called after each commit that stored events. */
    public void wakeUp() {
        if (running && drainQueued.compareAndSet(false, true)) {
            executor.execute(turn);
        }
    }

    private void drainIfNotPaused() {
        drainQueued.set(false);
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return;
        }
        try {
            if (!topics.ensureTopics()) {
                pauseAfter(new IllegalStateException("the service's topics could not be created yet"));
                return;
            }
            BatchResult result;
            do {
                result = transactions.execute(status -> publishOldestPending());
            } while (result.failure() == null && result.attempted() >= properties.batchSize() && running);
            if (result.failure() != null) {
                pauseAfter(result.failure());
            } else {
                consecutiveFailures = 0;
            }
        } catch (RuntimeException e) {
            pauseAfter(e);
        } catch (Error e) {
            pauseAfter(e);
            throw e;
        }
    }

    private BatchResult publishOldestPending() {
        repository.takeRelayTurn();
        List<PendingRow> rows = repository.oldestPending(properties.batchSize());
        if (rows.isEmpty()) {
            return new BatchResult(0, null);
        }
        List<OutgoingEvent> batch = rows.stream().flatMap(row -> row.unpublished().stream()).toList();
        Sent sent = send(batch);
        Instant now = clock.instant();
        batch.subList(0, sent.acknowledged()).forEach(event -> metrics.published(event, now));
        settle(rows, sent);
        return new BatchResult(batch.size(), sent.failure());
    }

    /** Sends the events in order and waits for Kafka: how many, from the first, it acknowledged. */
    private Sent send(List<OutgoingEvent> batch) {
        List<CompletableFuture<?>> sends = new ArrayList<>(batch.size());
        for (OutgoingEvent event : batch) {
            try {
                sends.add(kafka.send(CloudEventRecords.toRecord(event, source)));
            } catch (RuntimeException e) {
                sends.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        int acknowledged = 0;
        Throwable failure = null;
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (CompletableFuture<?> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (failure == null) {
                    acknowledged++;
                }
            } catch (ExecutionException | TimeoutException e) {
                failure = failure == null ? (e.getCause() != null ? e.getCause() : e) : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
                break;
            }
        }
        return new Sent(acknowledged, failure);
    }

    /**
     * Deletes the rows whose every event Kafka acknowledged; on the row where it stopped, records how far it got
     * and why.
     */
    private void settle(List<PendingRow> rows, Sent sent) {
        List<PendingRow> published = new ArrayList<>();
        int remaining = sent.acknowledged();
        for (PendingRow row : rows) {
            int unpublished = row.unpublished().size();
            if (remaining < unpublished) {
                repository.recordFailure(row, remaining, String.valueOf(sent.failure()));
                metrics.failed();
                break;
            }
            published.add(row);
            remaining -= unpublished;
        }
        repository.deletePublished(published);
    }

    private void pauseAfter(Throwable failure) {
        consecutiveFailures++;
        long factor = 1L << Math.min(consecutiveFailures - 1, 10);
        Duration pause = properties.pollInterval().multipliedBy(factor);
        if (pause.compareTo(properties.maxBackoff()) > 0) {
            pause = properties.maxBackoff();
        }
        pausedUntilNanos = System.nanoTime() + pause.toNanos();
        log.warn("Outbox events could not be published (attempt {}), retrying in {} ms: {}", consecutiveFailures,
                pause.toMillis(), failure.toString());
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long poll = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(turn, 0, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(properties.sendTimeout().toSeconds() + 5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the Kafka listeners (which may append events) and before the producer closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private record BatchResult(int attempted, Throwable failure) {
    }

    private record Sent(int acknowledged, Throwable failure) {
    }
}
