package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.platform.domain.Actor;
import zone.xianggan.platform.domain.CountyCode;
import zone.xianggan.platform.domain.Reason;

/**
 * An agency has reviewed a project after the registry retired one of its units (agreed that the successor takes
 * over, say) and clears the flag, saying what it decided.
 */
@Service
public class ResolvingReview {

    private final ProjectChanges changes;
    private final Clock clock;

    ResolvingReview(ProjectChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Project resolve(String id, CountyCode county, long expectedVersion, String reason, Actor actor) {
        String why = Reason.required(reason);
        Project current = changes.lockAt(id, expectedVersion);
        return changes.record(List.of(current.resolveReview(county, why, actor.name(), clock.instant())),
                expectedVersion);
    }
}
