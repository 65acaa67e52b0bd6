package zone.xianggan.identity.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zone.xianggan.events.Topics;
import zone.xianggan.identity.agency.application.Agencies;
import zone.xianggan.identity.agency.model.AgencyAccount;

/**
 * Keeps the broker's ACLs equal to what the agencies' rights make them: creates what is missing and deletes what is
 * stale, for the principals identity-service answers for ({@code User:<agency id>} of every agency it knows); it
 * leaves other principals' ACLs alone. It runs on a thread of its own: at start, retrying with growing pauses until
 * the broker answers (the service starts and serves tokens meanwhile), after every change of an agency, and every
 * {@code reconcile-interval} in case someone changed the ACLs by hand.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AclReconciler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AclReconciler.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    // Short: at start the broker comes up seconds after this service, and the zone waits for its ACLs.
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Agencies agencies;
    private final Supplier<Admin> adminFactory;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kafka-acl-reconciler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Admin admin;
    private volatile Duration nextRetry = FIRST_RETRY;
    private volatile ReconcileState state = ReconcileState.notYet();

    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        request();
        executor.scheduleWithFixedDelay(this::request, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Reconcile soon; requests that arrive while one is queued are served by it. */
    void request() {
        if (!executor.isShutdown() && queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::attempt);
            } catch (RejectedExecutionException closing) {
                queued.set(false);
            }
        }
    }

    ReconcileState state() {
        return state;
    }

    private void attempt() {
        queued.set(false);
        try {
            state = reconcile();
            nextRetry = FIRST_RETRY;
        } catch (Throwable failure) { // NOPMD - nothing may stop the reconciler; it tries again
            Duration retry = nextRetry;
            nextRetry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            state = state.failed(describe(failure));
            log.warn("Kafka ACLs not reconciled ({}); trying again in {}s", describe(failure), retry.toSeconds());
            closeAdmin();
            if (!executor.isShutdown()) {
                executor.schedule(this::request, retry.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private ReconcileState reconcile() throws Exception {
        List<AgencyAccount> all = agencies.findAll(null);
        Set<AclBinding> desired = DesiredAcls.of(all, Topics.ALL);
        Set<String> managed = DesiredAcls.principals(all);
        Admin client = admin();
        Set<AclBinding> current = new HashSet<>();
        for (AclBinding binding : client.describeAcls(AclBindingFilter.ANY).values()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            if (managed.contains(binding.entry().principal())) {
                current.add(binding);
            }
        }
        Set<AclBinding> missing = new HashSet<>(desired);
        missing.removeAll(current);
        Set<AclBinding> stale = new HashSet<>(current);
        stale.removeAll(desired);
        if (!missing.isEmpty()) {
            client.createAcls(missing).all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!stale.isEmpty()) {
            client.deleteAcls(stale.stream().map(AclBinding::toFilter).toList()).all()
                    .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!missing.isEmpty() || !stale.isEmpty() || !state.reconciled()) {
            log.info("Kafka ACLs reconciled for {} agencies: {} held, {} created, {} deleted", all.size(),
                    desired.size(), missing.size(), stale.size());
        }
        return ReconcileState.succeeded(clock.instant(), desired.size(), missing.size(), stale.size());
    }

    private Admin admin() {
        Admin held = admin;
        if (held == null) {
            held = adminFactory.get();
            admin = held;
        }
        return held;
    }

    private void closeAdmin() {
        Admin held = admin;
        admin = null;
        if (held != null) {
            try {
                held.close(Duration.ofSeconds(5));
            } catch (RuntimeException ignored) {
                // a client that failed may fail to close too; it is dropped either way
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        closeAdmin();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /**
     * How the last reconcile went.
     *
     * @param reconciled    whether the last attempt succeeded
     * @param lastSuccess   when one last succeeded, if ever
     * @param lastFailure   the last attempt's failure, if it failed
     */
    record ReconcileState(boolean reconciled, Instant lastSuccess, String lastFailure, int held, int created,
            int deleted) {

        static ReconcileState notYet() {
            return new ReconcileState(false, null, "not reconciled yet", 0, 0, 0);
        }

        static ReconcileState succeeded(Instant at, int held, int created, int deleted) {
            return new ReconcileState(true, at, null, held, created, deleted);
        }

        ReconcileState failed(String failure) {
            return new ReconcileState(false, lastSuccess, failure, held, 0, 0);
        }

        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("aclsHeld", held);
            if (lastSuccess != null) {
                details.put("lastSuccess", lastSuccess.toString());
            }
            if (lastFailure != null) {
                details.put("lastFailure", lastFailure);
            }
            return details;
        }
    }
}
