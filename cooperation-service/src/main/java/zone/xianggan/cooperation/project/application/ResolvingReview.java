package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectPolicy;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Reason;

/**
 * An agency taking part in a project (or the zone office) has reviewed it after the registry retired one of its
 * units (agreed that the successor takes over, say) and clears the flag, saying what it decided.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResolvingReview {

    private final ProjectChanges changes;
    private final Clock clock;

    @Transactional
    public Project resolve(String id, CountyCode county, long expectedVersion, String reason, Caller caller) {
        Project current = changes.lock(id);
        ProjectPolicy.requireMayCarryOut(caller.agency(), current);
        String why = Reason.required(reason);
        ProjectChanges.requireAt(current, expectedVersion);
        return changes.record(List.of(current.resolveReview(county, why, caller.actor(), clock.instant())),
                expectedVersion);
    }
}
