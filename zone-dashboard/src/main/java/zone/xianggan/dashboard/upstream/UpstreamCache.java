package zone.xianggan.dashboard.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pages read, kept as the zone was at its last event, so that a page opened after a change does not wait
 * for the services: every event the dashboard receives ends what was kept (before the open pages are told, so a page
 * that reads again on an event reads the new state), and the reads the pages made lately are made again at once in
 * the background. The dashboard reads as one agency for every visitor, so what one page read serves every page.
 *
 * <p>Nothing is kept while the dashboard does not receive the zone's events ({@link #followingTheZone}). An answer is
 * also kept no longer than {@link #MAX_AGE}: a service's replica of another's data (indicators-service holds the
 * registry's units) may follow the event the dashboard received by a moment, and what was read in that moment must
 * not stay; and a write accepted while the broker is down reaches the dashboard only once it is back.
 */
public class UpstreamCache {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** The reads made again after a change: those asked for within this time. */
    static final Duration RECENT = Duration.ofMinutes(10);
    static final int MAX_KEPT = 1000;

    private static final Logger log = LoggerFactory.getLogger(UpstreamCache.class);

    private final UpstreamReads reads;
    private final Clock clock;
    private final Duration settle;
    private final AtomicLong zoneVersion = new AtomicLong();
    private final Map<Read, Kept> kept = new ConcurrentHashMap<>();
    private final Map<Read, Instant> lastAsked = new ConcurrentHashMap<>();
    private final Map<InFlight, CompletableFuture<UpstreamReads.Reply>> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean readingAgain = new AtomicBoolean();
    private volatile boolean followingTheZone;

    /**
     * @param settle how long events must have stopped before the reads are made again: events come in bursts (an
     *               import is hundreds)
     */
    public UpstreamCache(UpstreamReads reads, Clock clock, Duration settle) {
        this.reads = reads;
        this.clock = clock;
        this.settle = settle;
    }

    /**
     * The service's answer to a read, kept or read now; two pages asking for the same read at the same time wait for
     * one call.
     *
     * @throws UpstreamUnavailableException where the service does not answer
     */
    public UpstreamReads.Reply get(Upstream service, String path, String query) {
        if (!followingTheZone) {
            return reads.get(service, path, query);
        }
        Read read = new Read(service, path, query);
        noteAsked(read);
        long version = zoneVersion.get();
        Kept answer = kept.get(read);
        if (answer != null && answer.zoneVersion() == version
                && answer.readAt().plus(MAX_AGE).isAfter(clock.instant())) {
            return answer.reply();
        }
        return readNow(read, version);
    }

    /**
     * Whether the dashboard receives every event of the zone now. Until it does (at start, before the broker admits it
     * to every topic) nothing is kept, as nothing would tell that it changed; once it does, what was read before is
     * read again.
     */
    public void followingTheZone(boolean following) {
        followingTheZone = following;
        zoneChanged();
    }

    /** The zone changed: nothing kept holds any more, and the recent reads are made again in the background. */
    public void zoneChanged() {
        zoneVersion.incrementAndGet();
        kept.clear();
        // One pass at a time; it goes on until it has read the state the last change left.
        if (readingAgain.compareAndSet(false, true)) {
            Thread.ofVirtual().name("upstream-read-again").start(this::readRecentAgain);
        }
    }

    /** Whether a pass after a change is under way. */
    boolean readingAgain() {
        return readingAgain.get();
    }

    private void readRecentAgain() {
        long version;
        try {
            do {
                Thread.sleep(settle);
                version = zoneVersion.get();
                readRecent(version, read -> true);
            } while (zoneVersion.get() != version);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            readingAgain.set(false);
        }
        // A change that came as this pass ended started none of its own.
        if (zoneVersion.get() != version && readingAgain.compareAndSet(false, true)) {
            Thread.ofVirtual().name("upstream-read-again").start(this::readRecentAgain);
        }
    }

    /**
     * Reads again the reads pages asked for lately whose answers are half their {@link #MAX_AGE} old, or gone: called
     * every few seconds, it keeps them at hand for the next visitor even when nobody has come for a while (a read
     * nobody asked for within {@link #RECENT} is left to lapse).
     */
    public void refreshAgeing() {
        if (!followingTheZone) {
            return;
        }
        long version = zoneVersion.get();
        Instant halfAgeAgo = clock.instant().minus(MAX_AGE.dividedBy(2));
        readRecent(version, read -> {
            Kept answer = kept.get(read);
            return answer == null || answer.zoneVersion() != version || !answer.readAt().isAfter(halfAgeAgo);
        });
    }

    /**
     * Makes again those of the reads pages asked for within {@link #RECENT} that need it, as the zone was at
     * {@code version}; stops at a change, whose own pass reads them again.
     */
    private void readRecent(long version, Predicate<Read> needsReading) {
        Instant since = clock.instant().minus(RECENT);
        lastAsked.values().removeIf(asked -> asked.isBefore(since));
        for (Read read : List.copyOf(lastAsked.keySet())) {
            if (zoneVersion.get() != version) {
                return;
            }
            if (needsReading.test(read)) {
                tryRead(read, version);
            }
        }
    }

    /** Reads and keeps ahead of the pages (the start-time reads); false where the service did not answer yet. */
    boolean readAhead(Read read) {
        noteAsked(read);
        return tryRead(read, zoneVersion.get());
    }

    /** Reads and keeps, for a warm-up or a pass after a change; a service that does not answer is left for later. */
    private boolean tryRead(Read read, long version) {
        try {
            return readNow(read, version).status().is2xxSuccessful();
        } catch (RuntimeException notNow) {
            log.debug("{} did not answer {} ahead of the pages: {}", read.service(), read.path(), notNow.toString());
            return false;
        }
    }

    /** Bounded: reads of ever new queries must not make each pass after a change longer without end. */
    private void noteAsked(Read read) {
        if (lastAsked.size() < MAX_KEPT || lastAsked.containsKey(read)) {
            lastAsked.put(read, clock.instant());
        }
    }

    /** How many reads would be made again after a change. */
    int recentReads() {
        return lastAsked.size();
    }

    private UpstreamReads.Reply readNow(Read read, long version) {
        CompletableFuture<UpstreamReads.Reply> call = new CompletableFuture<>();
        CompletableFuture<UpstreamReads.Reply> running = inFlight.putIfAbsent(new InFlight(read, version), call);
        if (running != null) {
            return join(running);
        }
        try {
            UpstreamReads.Reply reply = reads.get(read.service(), read.path(), read.query());
            if (followingTheZone && reply.status().is2xxSuccessful() && zoneVersion.get() == version) {
                if (kept.size() >= MAX_KEPT) {
                    kept.clear();
                }
                kept.put(read, new Kept(reply, version, clock.instant()));
            }
            call.complete(reply);
            return reply;
        } catch (RuntimeException failed) {
            call.completeExceptionally(failed);
            throw failed;
        } finally {
            inFlight.remove(new InFlight(read, version), call);
        }
    }

    private static UpstreamReads.Reply join(CompletableFuture<UpstreamReads.Reply> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** A part of a service's API with its query as the page sent it (empty for none). */
    record Read(Upstream service, String path, String query) {

        Read {
            query = query == null ? "" : query;
        }
    }

    private record InFlight(Read read, long zoneVersion) {
    }

    private record Kept(UpstreamReads.Reply reply, long zoneVersion, Instant readAt) {
    }
}
