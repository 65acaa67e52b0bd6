package zone.xianggan.cooperation.project.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InputRejectedException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.kernel.plan.Province;

class ProjectTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Actor HUNAN_DRC = new Actor("hunan-drc", "li");
    private static final Actor JIANGXI_DRC = new Actor("jiangxi-drc", "wu");
    private static final Actor OFFICE = new Actor("zone-office", "wang");
    private static final Actor REGISTRY = Actor.system("registry.counties.v1");

    @Test
    void aProposalIsInterProvincialOnlyWithUnitsOfBothProvinces() {
        assertThat(Proposals.of("430181", "360322").isInterProvincial()).isTrue();
        assertThat(Proposals.of("430181", "360322").provinces()).containsExactly(Province.HUNAN, Province.JIANGXI);
        Proposal hunanOnly = Proposals.of("430181", "430281");
        assertThat(hunanOnly.isInterProvincial()).isFalse();
        assertThat(hunanOnly.provinces()).containsExactly(Province.HUNAN);
    }

    @Test
    void eachChangeRecordsTheActorThatMadeIt() {
        ChangedProject proposed = Project.propose("XG-2026-0001", Proposals.of("430181", "360322"), OFFICE, AT);
        ChangedProject decided = proposed.project().decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT)
                .getFirst();
        ChangedProject flagged = decided.project().flagForReview(new CountyCode("360322"), null, TODAY, REGISTRY, AT)
                .orElseThrow();

        assertThat(proposed.project().proposedBy()).isEqualTo(OFFICE);
        assertThat(proposed.change().actor()).isEqualTo(OFFICE);
        assertThat(decided.change().actor()).isEqualTo(HUNAN_DRC);
        assertThat(decided.project().decisionOf(Province.HUNAN).orElseThrow().actor()).isEqualTo(HUNAN_DRC);
        assertThat(decided.project().proposedBy()).as("kept by later versions").isEqualTo(OFFICE);
        assertThat(flagged.change().actor().isSystem()).isTrue();
    }

    @Test
    void theProjectIsApprovedOnlyWhenBothProvincesHaveApproved() {
        Project proposed = proposed();

        List<ChangedProject> hunan = proposed.decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT);
        assertThat(hunan).extracting(r -> r.change().type()).containsExactly(ChangeType.PROVINCE_APPROVED);
        Project half = hunan.getLast().project();
        assertThat(half.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(half.version()).isEqualTo(2);

        List<ChangedProject> jiangxi = half.decide(Province.JIANGXI, Decision.APPROVE, "fits", JIANGXI_DRC, AT);
        assertThat(jiangxi).extracting(r -> r.change().type())
                .containsExactly(ChangeType.PROVINCE_APPROVED, ChangeType.APPROVED);
        assertThat(jiangxi).extracting(r -> r.project().version()).containsExactly(3L, 4L);
        assertThat(jiangxi.getLast().project().status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(jiangxi.getLast().change().fromStatus()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(jiangxi.getLast().change().province()).isEqualTo(Province.JIANGXI);
        assertThat(jiangxi.getLast().project().decisions()).extracting(ProvinceDecision::actor)
                .containsExactly(HUNAN_DRC, JIANGXI_DRC);
    }

    @Test
    void aProvinceDecidesOnce() {
        Project half = approvedByHunan();

        assertThatThrownBy(() -> half.decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already decided")
                .satisfies(e -> assertThat(((ConflictException) e).details()).containsEntry("province", "430000")
                        .containsEntry("decidedBy", "hunan-drc").containsEntry("decidedByPerson", "li"));
    }

    @Test
    void eitherProvinceMayRejectWithAReason() {
        Project half = approvedByHunan();

        assertThatThrownBy(() -> half.decide(Province.JIANGXI, Decision.REJECT, null, JIANGXI_DRC, AT))
                .isInstanceOf(InvalidInputException.class);

        ChangedProject rejected = half.decide(Province.JIANGXI, Decision.REJECT, "no budget", JIANGXI_DRC, AT)
                .getFirst();
        assertThat(rejected.project().status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(rejected.change().type()).isEqualTo(ChangeType.REJECTED);
        assertThat(rejected.change().reason()).isEqualTo("no budget");
        assertThatThrownBy(() -> rejected.project().decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aProjectCarriedOutRecordsItsActualDates() {
        Project started = approved().transition(ProjectStatus.IN_PROGRESS, null, LocalDate.of(2026, 2, 27), TODAY,
                OFFICE, AT).project();
        assertThat(started.actualStart()).isEqualTo(LocalDate.of(2026, 2, 27));

        ChangedProject completed = started.transition(ProjectStatus.COMPLETED, "handed over", null, TODAY, OFFICE, AT);
        assertThat(completed.project().status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(completed.project().actualEnd()).isEqualTo(TODAY);
        assertThat(completed.change().fromStatus()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(completed.change().toStatus()).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void anIllegalTransitionNamesTheAllowedOnes() {
        assertThatThrownBy(() -> proposed().transition(ProjectStatus.APPROVED, null, null, TODAY, OFFICE, AT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("two provinces' decisions")
                .satisfies(e -> assertThat(((ConflictException) e).details())
                        .containsEntry("allowed", List.of("CANCELLED")));
        assertThatThrownBy(() -> approved().transition(ProjectStatus.COMPLETED, null, null, TODAY, OFFICE, AT))
                .satisfies(e -> assertThat(((ConflictException) e).details())
                        .containsEntry("allowed", List.of("IN_PROGRESS", "CANCELLED")));
        Project cancelled = approved().transition(ProjectStatus.CANCELLED, "withdrawn", null, TODAY, OFFICE, AT)
                .project();
        assertThatThrownBy(() -> cancelled.transition(ProjectStatus.IN_PROGRESS, null, null, TODAY, OFFICE, AT))
                .hasMessageContaining("CANCELLED is final")
                .satisfies(e -> assertThat(((ConflictException) e).details()).containsEntry("allowed", List.of()));
    }

    @Test
    void suspendingNeedsAReason() {
        Project started = started();
        assertThatThrownBy(() -> started.transition(ProjectStatus.SUSPENDED, null, null, TODAY, OFFICE, AT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noActualDateLiesInTheFuture() {
        Project started = started();
        assertThatThrownBy(() -> started.transition(ProjectStatus.COMPLETED, null, TODAY.plusDays(1), TODAY, OFFICE,
                AT)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aResumedProjectKeepsItsActualStart() {
        Project started = started();
        Project suspended = started.transition(ProjectStatus.SUSPENDED, "floods", null, TODAY, OFFICE, AT).project();
        Project resumed = suspended.transition(ProjectStatus.IN_PROGRESS, null, null, TODAY, OFFICE, AT).project();
        assertThat(resumed.actualStart()).isEqualTo(TODAY);
    }

    @Test
    void aMilestoneIsReachedOnceWhileTheProjectIsUnderWay() {
        assertThatThrownBy(() -> proposed().reachMilestone("M1", null, null, TODAY, OFFICE, AT))
                .isInstanceOf(ConflictException.class);
        ChangedProject reached = approved().reachMilestone("M1", LocalDate.of(2026, 2, 20), null, TODAY, OFFICE, AT);
        assertThat(reached.project().milestones().getFirst().doneOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(reached.change().milestoneId()).isEqualTo("M1");
        assertThatThrownBy(() -> reached.project().reachMilestone("M1", null, null, TODAY, OFFICE, AT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already reached");
    }

    @Test
    void aRetiredUnitFlagsAnOpenProjectOnceShowingItsSuccessor() {
        ChangedProject flagged = flaggedFor360322();
        assertThat(flagged.project().needsReview()).isTrue();
        assertThat(flagged.project().reviewFlags().getFirst().successor()).isEqualTo(new CountyCode("360313"));
        assertThat(flagged.change().reason()).contains("successor is 360313");
        assertThat(flagged.project().flagForReview(new CountyCode("360322"), new CountyCode("360313"), TODAY,
                REGISTRY, AT)).isEmpty();
        assertThat(proposed().flagForReview(new CountyCode("430281"), null, TODAY, REGISTRY, AT)).isEmpty();
    }

    @Test
    void aFlaggedProjectIsNotApprovedUntilItsReviewIsResolved() {
        ChangedProject flagged = flaggedFor360322();
        CountyCode retired = new CountyCode("360322");

        assertThatThrownBy(() -> flagged.project().decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("flagged for review");
        Project resolved = flagged.project().resolveReview(retired, "successor takes over", OFFICE, AT)
                .project();
        assertThat(resolved.needsReview()).isFalse();
        assertThat(resolved.decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT)).hasSize(1);
    }

    @Test
    void aClosedProjectIsNotFlagged() {
        Project cancelled = proposed().transition(ProjectStatus.CANCELLED, "withdrawn", null, TODAY, OFFICE, AT)
                .project();
        assertThat(cancelled.flagForReview(new CountyCode("360322"), null, TODAY, REGISTRY, AT)).isEmpty();
    }

    @Test
    void plannedInvestmentIsTheSumOfItsSourcesInYuan() {
        assertThat(Proposals.of("430181", "360322").plannedInvestment().total())
                .isEqualByComparingTo("1500000.50");
    }

    @Test
    void aFundingNegativeFinerThanAFenRepeatedOrWronglyTotalledIsRefused() {
        assertRefused(() -> Proposals.withFunding(List.of(new Funding(FundingSource.OTHER, new BigDecimal("-1"))),
                null, "430181"), "plannedInvestment.bySource[0].amount");
        assertRefused(() -> Proposals.withFunding(List.of(new Funding(FundingSource.OTHER, new BigDecimal("0.001"))),
                null, "430181"), "plannedInvestment.bySource[0].amount");
        assertRefused(() -> Proposals.withFunding(List.of(new Funding(FundingSource.OTHER, BigDecimal.TEN),
                new Funding(FundingSource.OTHER, BigDecimal.ONE)), null, "430181"),
                "plannedInvestment.bySource[1].source");
        assertRefused(() -> Proposals.withFunding(List.of(new Funding(FundingSource.OTHER, BigDecimal.TEN)),
                new BigDecimal("11"), "430181"), "plannedInvestment.total");
    }

    @Test
    void aProjectServesOneOfThePlansTasksNotTheZonesComprehensiveStrength() {
        assertRefused(() -> Proposals.inArea(PlanArea.COMPREHENSIVE_STRENGTH, "430181"), "planArea");
    }

    @Test
    void aProposalListsEveryFaultAtOnce() {
        assertThatThrownBy(() -> Proposal.of(new Proposal.Draft(" ", null, "d", "d", null,
                List.of(new Proposal.ParticipantInput(new CountyCode("110101"), ParticipantRole.PARTNER)),
                "Not A Cluster", null, List.of(), null, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).violations()).extracting(Violation::field)
                        .containsExactly("titleZh", "titleEn", "planArea", "participants[0].countyCode", "participants", "cluster",
                                "plannedEnd"));
    }

    private static void assertRefused(Runnable proposing, String field) {
        assertThatThrownBy(proposing::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).violations()).extracting(Violation::field)
                        .contains(field));
    }

    private static Project proposed() {
        return Project.propose("XG-2026-0001", Proposals.of("430181", "360322"), OFFICE, AT).project();
    }

    /** Approved by Hunan's DRC, awaiting Jiangxi's decision. */
    private static Project approvedByHunan() {
        return proposed().decide(Province.HUNAN, Decision.APPROVE, null, HUNAN_DRC, AT).getLast().project();
    }

    private static Project approved() {
        return approvedByHunan().decide(Province.JIANGXI, Decision.APPROVE, null, JIANGXI_DRC, AT).getLast()
                .project();
    }

    private static Project started() {
        return approved().transition(ProjectStatus.IN_PROGRESS, null, null, TODAY, OFFICE, AT).project();
    }

    /** A proposal flagged for review because Shangli (360322) was retired into Luxi (360313). */
    private static ChangedProject flaggedFor360322() {
        return proposed().flagForReview(new CountyCode("360322"), new CountyCode("360313"), TODAY, REGISTRY, AT)
                .orElseThrow();
    }
}
