package zone.xianggan.cooperation.project.application;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.ChangedProject;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectPolicy;
import zone.xianggan.kernel.plan.Province;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;

/**
 * A province, through its DRC, approves or rejects a proposed project. Each province decides once; the project is
 * approved when both have approved and rejected when either rejects. The decision concerns the proposal, which does
 * not change, so the version read is checked only if the agency sends it ({@code If-Match}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DecidingOnProject {

    private final ProjectChanges changes;
    private final Clock clock;

    @Transactional
    public Project decide(String id, Long expectedVersion, DecideOnProject command, Caller caller) {
        Province province = province(command.province());
        ProjectPolicy.requireMayDecide(caller.agency(), province);
        if (command.decision() == null) {
            throw new InvalidInputException(Violation.of("decision", "is required: APPROVE or REJECT"));
        }
        String reason = Reason.optional(command.reason());
        Project current = expectedVersion == null ? changes.lock(id) : changes.lockAt(id, expectedVersion);
        List<ChangedProject> revisions = current.decide(province, command.decision(), reason, caller.actor(),
                clock.instant());
        return changes.record(revisions, current.version());
    }

    private static Province province(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(Violation.of("province", "is required: 430000 (Hunan) or 360000 "
                    + "(Jiangxi)"));
        }
        if (!CountyCode.isWellFormed(code)) {
            throw new MalformedInputException(Violation.of("province", "must be a six-digit province code, 430000 "
                    + "or 360000", code));
        }
        return Province.ofCode(code).orElseThrow(() -> new InvalidInputException(Violation.of("province",
                "is not one of the zone's provinces: 430000 (Hunan) or 360000 (Jiangxi)", code)));
    }
}
