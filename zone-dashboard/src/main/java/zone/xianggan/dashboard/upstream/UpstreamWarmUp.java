package zone.xianggan.dashboard.upstream;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the dashboard is up, it makes the reads the zone page opens with, once, in the background: the first visitor
 * then finds the agency's token fetched, the connections open and the code on both sides of them run, instead of
 * waiting seconds for all of it. A service not up yet is simply read later, by the first page that needs it.
 */
@Component
class UpstreamWarmUp {

    private static final Logger log = LoggerFactory.getLogger(UpstreamWarmUp.class);

    /** What the zone page reads first (zone-page.js), and the projects page's list. */
    private static final List<Read> FIRST_READS = List.of(
            new Read(Upstream.REGISTRY, "/api/v1/counties", "status=ACTIVE&limit=1000"),
            new Read(Upstream.REGISTRY, "/api/v1/spatial-elements", "limit=1000"),
            new Read(Upstream.INDICATORS, "/api/v1/indicators", "status=ACTIVE&limit=1000"),
            new Read(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP&limit=1000"),
            new Read(Upstream.COOPERATION, "/api/v1/projects", "limit=1"));

    private final UpstreamReads reads;

    UpstreamWarmUp(UpstreamReads reads) {
        this.reads = reads;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("upstream-warm-up").start(() -> FIRST_READS.forEach(this::read));
    }

    private void read(Read read) {
        try {
            reads.get(read.service(), read.path(), read.query());
        } catch (RuntimeException notYet) {
            log.debug("{} did not answer the warm-up read of {}: {}", read.service(), read.path(), notYet.toString());
        }
    }

    private record Read(Upstream service, String path, String query) {
    }
}
