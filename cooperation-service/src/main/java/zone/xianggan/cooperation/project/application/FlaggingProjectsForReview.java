package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.replica.CountyReplicated;

/**
 * When the registry retires a unit, every open project it takes part in is flagged for review, showing the
 * successor the registry named. Driven by the registry's event alone: this runs inside the transaction that stores
 * the newer snapshot in the replica, so the flags commit with it, once per retirement, however often the event is
 * delivered.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FlaggingProjectsForReview {

    /**
     * Who raises the flag, in the project's history and events: the zone itself, on the registry's word
     * ({@code system:registry.counties.v1}), which no agency can be.
     */
    public static final Actor ACTOR = Actor.system(Topics.REGISTRY_COUNTIES_V1);
    private static final Logger log = LoggerFactory.getLogger(FlaggingProjectsForReview.class);

    private final Projects projects;
    private final ProjectChanges changes;
    private final Clock clock;

    @EventListener
    void on(CountyReplicated replicated) {
        if (!replicated.justRetired()) {
            return;
        }
        CountySnapshot county = replicated.current();
        CountyCode retired = new CountyCode(county.code());
        CountyCode successor = county.successorCode() == null ? null : new CountyCode(county.successorCode());
        for (String id : projects.idsInvolving(retired)) {
            Project current = changes.lock(id);
            current.flagForReview(retired, successor, county.retiredOn(), ACTOR, clock.instant())
                    .ifPresent(flagged -> {
                        changes.record(List.of(flagged), current.version());
                        log.info("Flagged project {} for review: unit {} retired (successor {})", id, retired,
                                successor);
                    });
        }
    }
}
