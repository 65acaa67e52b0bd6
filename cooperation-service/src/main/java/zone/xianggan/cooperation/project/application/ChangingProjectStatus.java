package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ZoneCalendar;
import zone.xianggan.platform.domain.Actor;
import zone.xianggan.platform.domain.InvalidInputException;
import zone.xianggan.platform.domain.Reason;
import zone.xianggan.platform.domain.Violation;

/** An agency starts, suspends, resumes, completes or cancels a project, against the version it read. */
@Service
public class ChangingProjectStatus {

    private final ProjectChanges changes;
    private final Clock clock;

    ChangingProjectStatus(ProjectChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Project change(String id, long expectedVersion, ChangeStatus command, Actor actor) {
        if (command.status() == null) {
            throw new InvalidInputException(Violation.of("status", "is required: the status to move to"));
        }
        String reason = Reason.optional(command.reason());
        Project current = changes.lockAt(id, expectedVersion);
        return changes.record(List.of(current.transition(command.status(), reason, command.effectiveOn(),
                ZoneCalendar.today(clock), actor.name(), clock.instant())), expectedVersion);
    }
}
