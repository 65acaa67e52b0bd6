package zone.xianggan.dashboard.upstream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once the dashboard is up, it makes the reads the zone page opens with, in the background, and keeps them
 * ({@link UpstreamCache}): the first visitor then finds the agency's token fetched, the connections open, the code
 * on both sides of them run and the answers at hand. The dashboard may start before the services (it is the lighter
 * process): a read a service does not answer yet is tried again until it does. From then on, what pages asked for
 * lately is read again before it is too old to serve, so that a visitor who comes after a quiet spell does not wait
 * for the services either.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UpstreamWarmUp {

    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    /** What the zone page reads first (zone-page.js), and the projects page's list. */
    private static final List<UpstreamCache.Read> FIRST_READS = List.of(
            new UpstreamCache.Read(Upstream.REGISTRY, "/api/v1/counties", "status=ACTIVE&limit=1000"),
            new UpstreamCache.Read(Upstream.REGISTRY, "/api/v1/spatial-elements", "limit=1000"),
            new UpstreamCache.Read(Upstream.INDICATORS, "/api/v1/indicators", "status=ACTIVE&limit=1000"),
            new UpstreamCache.Read(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP&limit=1000"),
            new UpstreamCache.Read(Upstream.COOPERATION, "/api/v1/projects", "limit=1"));

    private final UpstreamCache cache;

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("upstream-warm-up").start(this::readUntilAnswered);
    }

    @Scheduled(initialDelay = 10, fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
    void keepFresh() {
        cache.refreshAgeing();
    }

    private void readUntilAnswered() {
        List<UpstreamCache.Read> left = new ArrayList<>(FIRST_READS);
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        try {
            while (true) {
                left.removeIf(cache::readAhead);
                if (left.isEmpty() || Instant.now().isAfter(giveUp)) {
                    return;
                }
                Thread.sleep(RETRY_EVERY);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
