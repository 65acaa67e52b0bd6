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
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;

/**
 * An agency taking part in a project (or the zone office) starts, suspends, resumes, completes or cancels it,
 * against the version it read.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangingProjectStatus {

    private final ProjectChanges changes;
    private final Clock clock;

    @Transactional
    public Project change(String id, long expectedVersion, ChangeStatus command, Caller caller) {
        Project current = changes.lock(id);
        ProjectPolicy.requireMayCarryOut(caller.agency(), current);
        if (command.status() == null) {
            throw new InvalidInputException(Violation.of("status", "is required: the status to move to"));
        }
        String reason = Reason.optional(command.reason());
        ProjectChanges.requireAt(current, expectedVersion);
        return changes.record(List.of(current.transition(command.status(), reason, command.effectiveOn(),
                ZoneCalendar.today(clock), caller.actor(), clock.instant())), expectedVersion);
    }
}
