package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectPolicy;
import zone.xianggan.cooperation.project.model.ZoneCalendar;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.Reason;

/** An agency taking part in a project (or the zone office) records that it reached one of its milestones. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReachingMilestone {

    private final ProjectChanges changes;
    private final Clock clock;

    @Transactional
    public Project reach(String id, String milestoneId, long expectedVersion, ReachMilestone command,
            Caller caller) {
        Project current = changes.lock(id);
        ProjectPolicy.requireMayCarryOut(caller.agency(), current);
        String reason = Reason.optional(command.reason());
        ProjectChanges.requireAt(current, expectedVersion);
        return changes.record(List.of(current.reachMilestone(milestoneId, command.doneOn(), reason,
                ZoneCalendar.today(clock), caller.actor(), clock.instant())), expectedVersion);
    }
}
