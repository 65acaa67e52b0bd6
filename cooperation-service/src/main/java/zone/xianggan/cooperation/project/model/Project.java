package zone.xianggan.cooperation.project.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.Province;

/**
 * A cooperation project between units of the zone. What was proposed does not change; the project moves through
 * its workflow (the provinces' decisions, then start, suspension, completion or cancellation), records its
 * milestones as they are reached, and is flagged for review when the registry retires one of its units. Every change
 * produces the next version and says what happened, and which agency (or the zone itself) made it.
 */
public record Project(String id, Proposal proposal, List<Milestone> milestones, ProjectStatus status,
        List<ProvinceDecision> decisions, List<ReviewFlag> reviewFlags, LocalDate actualStart, LocalDate actualEnd,
        Actor proposedBy, Instant proposedAt, long version, Instant changedAt) implements Versioned {

    public Project {
        milestones = List.copyOf(milestones);
        decisions = List.copyOf(decisions);
        reviewFlags = List.copyOf(reviewFlags);
    }

    /** A new project, at version 1, awaiting both provinces' decisions. */
    public static ChangedProject propose(String id, Proposal proposal, Actor actor, Instant at) {
        Project project = new Project(id, proposal, proposal.milestones(), ProjectStatus.PROPOSED, List.of(),
                List.of(), null, null, actor, at, 1, at);
        return new ChangedProject(project, ProjectChange.of(project, ChangeType.PROPOSED, actor, null)
                .status(null, ProjectStatus.PROPOSED));
    }

    /**
     * A province approves or rejects the proposal. A rejection ends it at once; the approval that completes the
     * pair is recorded as that province's approval and then as the project's approval: two versions, two events.
     */
    public List<ChangedProject> decide(Province province, Decision decision, String reason, Actor actor, Instant at) {
        if (status != ProjectStatus.PROPOSED) {
            throw new ConflictException("project " + id + " is " + status + ": the provinces decide on proposed "
                    + "projects only", Map.of("status", status.name()));
        }
        Optional<ProvinceDecision> earlier = decisionOf(province);
        if (earlier.isPresent()) {
            ProvinceDecision taken = earlier.get();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("province", province.code());
            details.put("decision", taken.decision().name());
            details.put("decidedBy", taken.actor().agency());
            if (taken.actor().person() != null) {
                details.put("decidedByPerson", taken.actor().person());
            }
            details.put("decidedAt", taken.decidedAt().toString());
            throw new ConflictException("province " + province.code() + " has already decided on project " + id
                    + " (" + taken.decision() + " by " + taken.actor().describe() + " at " + taken.decidedAt() + ")",
                    details);
        }
        if (decision == Decision.REJECT && reason == null) {
            throw new InvalidInputException(Violation.of("reason", "is required to reject: say why, for the record"));
        }
        if (decision == Decision.APPROVE) {
            requireNoOpenReview("approved");
        }
        List<ProvinceDecision> taken = new ArrayList<>(decisions);
        taken.add(new ProvinceDecision(province, decision, actor, at, reason));
        if (decision == Decision.REJECT) {
            Project rejected = next(ProjectStatus.REJECTED, milestones, taken, reviewFlags, actualStart, actualEnd, at);
            return List.of(new ChangedProject(rejected, ProjectChange.of(rejected, ChangeType.REJECTED, actor, reason)
                    .province(province).status(status, ProjectStatus.REJECTED)));
        }
        Project approvedByOne = next(status, milestones, taken, reviewFlags, actualStart, actualEnd, at);
        ChangedProject first = new ChangedProject(approvedByOne, ProjectChange.of(approvedByOne, ChangeType.PROVINCE_APPROVED,
                actor, reason).province(province));
        if (approvedByOne.decisionOf(province.other()).isEmpty()) {
            return List.of(first);
        }
        Project approved = approvedByOne.next(ProjectStatus.APPROVED, milestones, taken, reviewFlags, actualStart,
                actualEnd, at);
        return List.of(first, new ChangedProject(approved, ProjectChange.of(approved, ChangeType.APPROVED, actor, reason)
                .province(province).status(status, ProjectStatus.APPROVED)));
    }

    /**
     * Starts, suspends, resumes, completes or cancels the project, as of {@code effectiveOn} (today if null), which
     * may not lie in the future. The first start sets the actual start; completion and cancellation of a started
     * project set the actual end.
     */
    public ChangedProject transition(ProjectStatus target, String reason, LocalDate effectiveOn, LocalDate today,
            Actor actor, Instant at) {
        Set<ProjectStatus> allowed = status.transitions();
        if (!allowed.contains(target)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", status.name());
            details.put("requested", target.name());
            details.put("allowed", allowed.stream().map(Enum::name).toList());
            String why = status == ProjectStatus.PROPOSED
                    && (target == ProjectStatus.APPROVED || target == ProjectStatus.REJECTED)
                            ? ": a proposal is approved or rejected by the two provinces' decisions, not by a transition"
                            : "";
            throw new ConflictException("project " + id + " cannot go from " + status + " to " + target + why
                    + "; allowed: " + (allowed.isEmpty() ? "none, " + status + " is final" : allowed), details);
        }
        if (target.needsReason() && reason == null) {
            throw new InvalidInputException(Violation.of("reason", "is required to move a project to " + target
                    + ": say why, for the record"));
        }
        LocalDate on = effectiveOn == null ? today : effectiveOn;
        if (on.isAfter(today)) {
            throw new InvalidInputException(Violation.of("effectiveOn", "may not lie in the future", on));
        }
        if (actualStart != null && on.isBefore(actualStart)) {
            throw new InvalidInputException(Violation.of("effectiveOn", "may not lie before the project's start on "
                    + actualStart, on));
        }
        if (target == ProjectStatus.IN_PROGRESS && status == ProjectStatus.APPROVED) {
            requireNoOpenReview("started");
        }
        LocalDate start = target == ProjectStatus.IN_PROGRESS && actualStart == null ? on : actualStart;
        LocalDate end = (target == ProjectStatus.COMPLETED || target == ProjectStatus.CANCELLED) && start != null
                ? on : actualEnd;
        Project moved = next(target, milestones, decisions, reviewFlags, start, end, at);
        return new ChangedProject(moved, ProjectChange.of(moved, ChangeType.STATUS_CHANGED, actor, reason)
                .status(status, target));
    }

    /** Records a milestone reached on {@code doneOn} (today if null), while the project is approved or under way. */
    public ChangedProject reachMilestone(String milestoneId, LocalDate doneOn, String reason, LocalDate today, Actor actor,
            Instant at) {
        Milestone milestone = milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new NotFoundException("milestone", id + "/" + milestoneId));
        if (status != ProjectStatus.APPROVED && status != ProjectStatus.IN_PROGRESS
                && status != ProjectStatus.SUSPENDED) {
            throw new ConflictException("project " + id + " is " + status + ": milestones are recorded once it is "
                    + "approved and until it is closed", Map.of("status", status.name()));
        }
        if (milestone.reached()) {
            throw new ConflictException("milestone " + milestoneId + " of project " + id + " was already reached on "
                    + milestone.doneOn(), Map.of("milestoneId", milestoneId, "doneOn", milestone.doneOn().toString()));
        }
        LocalDate day = doneOn == null ? today : doneOn;
        if (day.isAfter(today)) {
            throw new InvalidInputException(Violation.of("doneOn", "may not lie in the future", day));
        }
        List<Milestone> updated = milestones.stream().map(m -> m == milestone ? m.reachedOn(day) : m).toList();
        Project reached = next(status, updated, decisions, reviewFlags, actualStart, actualEnd, at);
        return new ChangedProject(reached, ProjectChange.of(reached, ChangeType.MILESTONE_REACHED, actor, reason)
                .milestone(milestoneId));
    }

    /**
     * Flags the project for review because the registry retired one of its units; nothing if the project is closed,
     * does not involve the unit, or is already flagged for it.
     */
    public Optional<ChangedProject> flagForReview(CountyCode retired, CountyCode successor, LocalDate retiredOn,
            Actor actor, Instant at) {
        if (status.isClosed() || !proposal.involves(retired) || flagFor(retired).isPresent()) {
            return Optional.empty();
        }
        List<ReviewFlag> flags = new ArrayList<>(reviewFlags);
        flags.add(new ReviewFlag(retired, successor, retiredOn, at));
        Project flagged = next(status, milestones, decisions, flags, actualStart, actualEnd, at);
        String reason = "unit " + retired + " was retired in the registry"
                + (successor == null ? " without a successor" : "; its successor is " + successor);
        return Optional.of(new ChangedProject(flagged, ProjectChange.of(flagged, ChangeType.FLAGGED_FOR_REVIEW, actor,
                reason).unit(retired, successor)));
    }

    /** An agency has reviewed the project after the retirement of {@code county} and says what it decided. */
    public ChangedProject resolveReview(CountyCode county, String reason, Actor actor, Instant at) {
        ReviewFlag flag = flagFor(county).orElseThrow(() -> new NotFoundException("review flag", id + "/" + county));
        List<ReviewFlag> flags = reviewFlags.stream().filter(f -> f != flag).toList();
        Project resolved = next(status, milestones, decisions, flags, actualStart, actualEnd, at);
        return new ChangedProject(resolved, ProjectChange.of(resolved, ChangeType.REVIEW_RESOLVED, actor, reason)
                .unit(county, flag.successor()));
    }

    public Optional<ProvinceDecision> decisionOf(Province province) {
        return decisions.stream().filter(d -> d.province() == province).findFirst();
    }

    public boolean needsReview() {
        return !reviewFlags.isEmpty();
    }

    private Optional<ReviewFlag> flagFor(CountyCode county) {
        return reviewFlags.stream().filter(f -> f.county().equals(county)).findFirst();
    }

    private void requireNoOpenReview(String action) {
        if (needsReview()) {
            throw new ConflictException("project " + id + " is flagged for review (units retired in the registry: "
                    + reviewFlags.stream().map(f -> f.county().value()).toList() + ") and cannot be " + action
                    + " until the review is resolved", Map.of("reviewFlags",
                            reviewFlags.stream().map(f -> f.county().value()).toList()));
        }
    }

    private Project next(ProjectStatus newStatus, List<Milestone> newMilestones, List<ProvinceDecision> newDecisions,
            List<ReviewFlag> newFlags, LocalDate start, LocalDate end, Instant at) {
        return new Project(id, proposal, newMilestones, newStatus, newDecisions, newFlags, start, end, proposedBy,
                proposedAt, version + 1, at);
    }
}
