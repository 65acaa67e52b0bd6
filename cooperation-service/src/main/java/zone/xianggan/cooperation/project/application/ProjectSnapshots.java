package zone.xianggan.cooperation.project.application;

import java.util.List;

import zone.xianggan.cooperation.project.model.ChangeType;
import zone.xianggan.cooperation.project.model.Decision;
import zone.xianggan.cooperation.project.model.ExpectedOutcome;
import zone.xianggan.cooperation.project.model.Funding;
import zone.xianggan.cooperation.project.model.FundingSource;
import zone.xianggan.cooperation.project.model.Milestone;
import zone.xianggan.cooperation.project.model.Participant;
import zone.xianggan.cooperation.project.model.ParticipantRole;
import zone.xianggan.cooperation.project.model.PlannedInvestment;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectChange;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.cooperation.project.model.Proposal;
import zone.xianggan.kernel.plan.Province;
import zone.xianggan.cooperation.project.model.ProvinceDecision;
import zone.xianggan.cooperation.project.model.ReviewFlag;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.outbox.PendingEvent;

/**
 * A project's whole state as the service publishes it, on its API and on {@code cooperation.projects.v1}, and back:
 * the snapshot is also how a project is stored.
 */
public final class ProjectSnapshots {

    private ProjectSnapshots() {
    }

    public static ProjectSnapshot of(Project project) {
        Proposal p = project.proposal();
        PlannedInvestment investment = p.plannedInvestment();
        return new ProjectSnapshot(project.id(), p.titleZh(), p.titleEn(), p.descriptionZh(), p.descriptionEn(),
                p.planArea().name(), project.status().name(), p.isInterProvincial(),
                p.provinces().stream().map(Province::code).toList(),
                p.participants().stream().map(u -> new ProjectSnapshot.Participant(u.county().value(),
                        u.role().name(), u.province().code())).toList(),
                p.cluster(), p.spatialElement(),
                new ProjectSnapshot.Investment(PlannedInvestment.CURRENCY, investment.total(),
                        investment.bySource().stream().map(f -> new ProjectSnapshot.Funding(f.source().name(),
                                f.amount())).toList()),
                p.plannedStart(), p.plannedEnd(), project.actualStart(), project.actualEnd(),
                project.milestones().stream().map(m -> new ProjectSnapshot.Milestone(m.id(), m.name(), m.due(),
                        m.doneOn())).toList(),
                p.outcomes().stream().map(o -> new ProjectSnapshot.Outcome(o.id(), o.indicatorCode(),
                        o.counties().stream().map(CountyCode::value).toList(), o.baseline(),
                        o.baselinePeriod() == null ? null : o.baselinePeriod().toString(), o.target(),
                        o.targetPeriod().toString())).toList(),
                project.decisions().stream().map(d -> new ProjectSnapshot.ProvinceDecision(d.province().code(),
                        d.decision().name(), d.actor().agency(), d.decidedAt(), d.reason(), d.actor().person()))
                        .toList(),
                project.reviewFlags().stream().map(f -> new ProjectSnapshot.ReviewFlag(f.county().value(),
                        f.successor() == null ? null : f.successor().value(), f.retiredOn(), f.raisedAt())).toList(),
                project.needsReview(), project.proposedBy().agency(), project.proposedAt(), project.version(),
                project.changedAt(), project.proposedBy().person());
    }

    /** The project a stored snapshot describes; it was checked when proposed, so it is taken as it is. */
    public static Project toProject(ProjectSnapshot s) {
        Proposal proposal = new Proposal(s.titleZh(), s.titleEn(), s.descriptionZh(), s.descriptionEn(),
                PlanArea.valueOf(s.planArea()),
                s.participants().stream().map(u -> Participant.of(new CountyCode(u.countyCode()),
                        ParticipantRole.valueOf(u.role()))).toList(),
                s.cluster(), s.spatialElement(),
                new PlannedInvestment(s.plannedInvestment().bySource().stream()
                        .map(f -> new Funding(FundingSource.valueOf(f.source()), f.amount())).toList()),
                s.plannedStart(), s.plannedEnd(), List.of(),
                s.outcomes().stream().map(o -> new ExpectedOutcome(o.id(), o.indicatorCode(),
                        o.countyCodes().stream().map(CountyCode::new).toList(), o.baseline(),
                        o.baselinePeriod() == null ? null : Period.parse("baselinePeriod", o.baselinePeriod()),
                        o.target(), Period.parse("targetPeriod", o.targetPeriod()))).toList());
        return new Project(s.id(), proposal,
                s.milestones().stream().map(m -> new Milestone(m.id(), m.name(), m.due(), m.doneOn())).toList(),
                ProjectStatus.valueOf(s.status()),
                s.approvals().stream().map(d -> new ProvinceDecision(Province.ofCode(d.provinceCode()).orElseThrow(),
                        Decision.valueOf(d.decision()), new Actor(d.actor(), d.actorPerson()), d.decidedAt(),
                        d.reason())).toList(),
                s.reviewFlags().stream().map(f -> new ReviewFlag(new CountyCode(f.countyCode()),
                        f.successorCode() == null ? null : new CountyCode(f.successorCode()), f.retiredOn(),
                        f.raisedAt())).toList(),
                s.actualStart(), s.actualEnd(), new Actor(s.proposedBy(), s.proposedByPerson()), s.proposedAt(),
                s.version(), s.changedAt());
    }

    public static ProjectEvent.Change change(ProjectChange c) {
        return new ProjectEvent.Change(c.type().name(), c.version(), c.actor().agency(), c.at(), c.reason(),
                c.province() == null ? null : c.province().code(),
                c.fromStatus() == null ? null : c.fromStatus().name(),
                c.toStatus() == null ? null : c.toStatus().name(), c.milestoneId(),
                c.county() == null ? null : c.county().value(), c.successor() == null ? null : c.successor().value(),
                c.actor().person());
    }

    static PendingEvent event(ProjectSnapshot snapshot, ProjectChange change) {
        return new PendingEvent(typeOf(change.type()), snapshot.id(), new ProjectEvent(snapshot, change(change)));
    }

    static EventType typeOf(ChangeType type) {
        return switch (type) {
            case PROPOSED -> EventType.PROJECT_PROPOSED;
            case PROVINCE_APPROVED -> EventType.PROJECT_PROVINCE_APPROVED;
            case APPROVED -> EventType.PROJECT_APPROVED;
            case REJECTED -> EventType.PROJECT_REJECTED;
            case STATUS_CHANGED -> EventType.PROJECT_STATUS_CHANGED;
            case MILESTONE_REACHED -> EventType.PROJECT_MILESTONE_REACHED;
            case FLAGGED_FOR_REVIEW -> EventType.PROJECT_FLAGGED_FOR_REVIEW;
            case REVIEW_RESOLVED -> EventType.PROJECT_REVIEW_RESOLVED;
        };
    }
}
