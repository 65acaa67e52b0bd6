package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ZoneCalendar;
import zone.xianggan.platform.domain.Actor;
import zone.xianggan.platform.domain.Reason;

/** An agency records that a project reached one of its milestones. */
@Service
public class ReachingMilestone {

    private final ProjectChanges changes;
    private final Clock clock;

    ReachingMilestone(ProjectChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Project reach(String id, String milestoneId, long expectedVersion, ReachMilestone command, Actor actor) {
        String reason = Reason.optional(command.reason());
        Project current = changes.lockAt(id, expectedVersion);
        return changes.record(List.of(current.reachMilestone(milestoneId, command.doneOn(), reason,
                ZoneCalendar.today(clock), actor.name(), clock.instant())), expectedVersion);
    }
}
