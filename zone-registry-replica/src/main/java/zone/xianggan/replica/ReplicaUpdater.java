package zone.xianggan.replica;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import zone.xianggan.events.registry.CountySnapshot;

/**
 * Applies a county snapshot to the replica. The snapshot, its version (the record of having applied it) and
 * whatever the service does about it ({@link CountyReplicated}) commit in one transaction; a snapshot whose version
 * is not above the one held (a duplicate, or an older event arriving late) changes nothing.
 */
class ReplicaUpdater {

    private static final Logger log = LoggerFactory.getLogger(ReplicaUpdater.class);

    private final ReplicaRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counter applied;
    private final Counter ignored;
    private final Timer lag;

    ReplicaUpdater(ReplicaRepository repository, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock, MeterRegistry meters) {
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.applied = Counter.builder("zone.replica.applied").description("County snapshots applied to the replica")
                .register(meters);
        this.ignored = Counter.builder("zone.replica.ignored")
                .description("County snapshots ignored as duplicates or older than the one held").register(meters);
        this.lag = Timer.builder("zone.replica.lag")
                .description("From the registry's change to the replica holding it")
                .register(meters);
    }

    /** True if the snapshot was newer than the one held and is now the replica's. */
    boolean apply(CountySnapshot snapshot, String eventId) {
        Boolean changed = transactions.execute(status -> {
            Optional<CountySnapshot> held = repository.find(snapshot.code());
            boolean newer = repository.storeIfNewer(snapshot, eventId, clock.instant());
            if (newer) {
                events.publishEvent(new CountyReplicated(held, snapshot));
            }
            return newer;
        });
        if (Boolean.TRUE.equals(changed)) {
            applied.increment();
            lag.record(Duration.between(snapshot.changedAt(), clock.instant()));
            // A line per change, in the trace of the registry's change: the units change seldom.
            log.info("Replica took {} version {}", snapshot.code(), snapshot.version());
            return true;
        }
        ignored.increment();
        log.debug("Replica ignored {} version {}: not newer than the one held", snapshot.code(), snapshot.version());
        return false;
    }
}
