package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.indicator.application.InMemoryIndicatorCatalogue;
import zone.xianggan.cooperation.indicator.application.Indicators;
import zone.xianggan.cooperation.project.model.FundingSource;
import zone.xianggan.cooperation.project.model.ParticipantRole;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.replica.RegistryReplica;
import zone.xianggan.testsupport.slice.Callers;

/**
 * What a proposal is refused for before the registry replica is read. The replica is a class only its module can
 * build, on its database table, so these tests give the use case none; the checks against it, and a proposal taken,
 * are in the integration tests.
 */
class ProposingProjectTest {

    private static final RegistryReplica NO_REPLICA = null;

    private final InMemoryProjects projects = new InMemoryProjects();
    private final AppendedEvents events = new AppendedEvents();
    private final ProposingProject proposing = new ProposingProject(projects,
            new ProjectChanges(projects, events.outbox()), NO_REPLICA,
            InMemoryIndicatorCatalogue.holding(Indicators.summed("BUS_LINES")).reading(),
            Clock.fixed(ProjectStates.AT, ZoneOffset.UTC));

    @Test
    void theAgencyOfAUnitNotTakingPartMayNotPropose() {
        assertThatThrownBy(() -> proposing.propose(proposal(units("430181", "360322"), "CNY", "2027"),
                Callers.LILING)).isInstanceOf(NotPermittedException.class).hasMessageContaining("430181, 360322");
    }

    @Test
    void aRefusedProposalTakesNoNumberOfTheYear() {
        assertThatThrownBy(() -> proposing.propose(proposal(units("430181", "360322"), "CNY", "2027"),
                Callers.LILING)).isInstanceOf(NotPermittedException.class);

        assertThat(projects.lastNumber(2026)).isZero();
        assertThat(projects.findAll()).isEmpty();
        assertThat(events.types()).isEmpty();
    }

    @Test
    void aUnitCodeOfTheWrongShapeIsRefusedNamingItsPlaceInTheList() {
        assertThatThrownBy(() -> proposing.propose(proposal(units("430181", "36032"), "CNY", "2027"),
                Callers.LIUYANG)).isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(fields(e.violations())).containsExactly("participants[1].countyCode"));
    }

    @Test
    void aPeriodOfTheWrongShapeIsRefusedNamingItsOutcome() {
        assertThatThrownBy(() -> proposing.propose(proposal(units("430181", "360322"), "CNY", "2027Q5"),
                Callers.LIUYANG)).isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(fields(e.violations())).containsExactly("outcomes[0].targetPeriod"));
    }

    @Test
    void anInvestmentInAnotherCurrencyThanYuanIsRefused() {
        assertThatThrownBy(() -> proposing.propose(proposal(units("430181", "360322"), "USD", "2027"),
                Callers.LIUYANG)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e.violations())).containsExactly("plannedInvestment.currency"));
    }

    @Test
    void aProposalWithoutParticipantsIsRefusedNamingThem() {
        assertThatThrownBy(() -> proposing.propose(proposal(null, "CNY", "2027"), Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e.violations())).containsExactly("participants"));
    }

    private static List<ProposeProject.Unit> units(String... counties) {
        return List.of(new ProposeProject.Unit(counties[0], ParticipantRole.LEAD),
                new ProposeProject.Unit(counties[1], ParticipantRole.PARTNER));
    }

    private static ProposeProject proposal(List<ProposeProject.Unit> units, String currency, String targetPeriod) {
        return new ProposeProject("城际公交", "Intercity bus", "开通城际公交", "An intercity bus line",
                PlanArea.INFRASTRUCTURE_CONNECTIVITY, units, null, null,
                new ProposeProject.Investment(currency, null, List.of(new ProposeProject.Source(
                        FundingSource.CENTRAL_BUDGET, new BigDecimal("1000000.00")))),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
                List.of(new ProposeProject.Step("Route agreed", LocalDate.of(2026, 6, 30))),
                List.of(new ProposeProject.Outcome("BUS_LINES", null, BigDecimal.valueOf(2), "2025",
                        BigDecimal.valueOf(6), targetPeriod)));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
