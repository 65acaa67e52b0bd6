package zone.xianggan.cooperation.project.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.indicator.application.ReadingIndicators;
import zone.xianggan.cooperation.project.model.ChangedProject;
import zone.xianggan.cooperation.project.model.ExpectedOutcome;
import zone.xianggan.cooperation.project.model.Funding;
import zone.xianggan.cooperation.project.model.Participant;
import zone.xianggan.cooperation.project.model.PlannedInvestment;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectPolicy;
import zone.xianggan.cooperation.project.model.Proposal;
import zone.xianggan.cooperation.project.model.ZoneCalendar;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.replica.RegistryReplica;

/**
 * An agency proposes a cooperation project: the agency of a unit that takes part in it, a provincial DRC or the zone
 * office. Its units are checked against this service's registry replica and its outcomes' indicators against the
 * catalogue replica; nothing calls another service. A project whose units are all of one province is recorded too,
 * as not inter-provincial, so that the portfolio tells the two apart.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProposingProject {

    private final Projects projects;
    private final ProjectChanges changes;
    private final RegistryReplica registry;
    private final ReadingIndicators indicators;
    private final Clock clock;

    @Transactional
    public Project propose(ProposeProject command, Caller caller) {
        ProjectPolicy.requireMayPropose(caller.agency(), namedUnits(command));
        Proposal proposal = checkedForm(command);
        checkReferences(proposal);
        int year = ZoneCalendar.today(clock).getYear();
        String id = "XG-%d-%04d".formatted(year, projects.nextNumber(year));
        ChangedProject proposed = Project.propose(id, proposal, caller.actor(), clock.instant());
        changes.recordNew(proposed);
        return proposed.project();
    }

    /**
     * The units the proposal names as participants, as far as their codes are well-formed: what decides whether a
     * unit's agency may propose it, before the rest of the proposal is read.
     */
    private static List<CountyCode> namedUnits(ProposeProject command) {
        return listOf(command.participants()).stream().filter(Objects::nonNull).map(ProposeProject.Unit::countyCode)
                .filter(code -> code != null && CountyCode.isWellFormed(code)).distinct().map(CountyCode::new)
                .toList();
    }

    /** The proposal, if every value has its form (else 400) and the proposal its rules (else 422). */
    private static Proposal checkedForm(ProposeProject command) {
        List<Violation> malformed = new ArrayList<>();
        List<Proposal.ParticipantInput> units = new ArrayList<>();
        List<ProposeProject.Unit> sentUnits = listOf(command.participants());
        for (int i = 0; i < sentUnits.size(); i++) {
            ProposeProject.Unit unit = sentUnits.get(i);
            units.add(unit == null ? null : new Proposal.ParticipantInput(
                    CountyCode.read("participants[" + i + "].countyCode", unit.countyCode(), malformed), unit.role()));
        }
        List<Proposal.OutcomeInput> outcomes = new ArrayList<>();
        List<ProposeProject.Outcome> sentOutcomes = listOf(command.outcomes());
        for (int i = 0; i < sentOutcomes.size(); i++) {
            ProposeProject.Outcome outcome = sentOutcomes.get(i);
            if (outcome == null) {
                outcomes.add(null);
                continue;
            }
            String at = "outcomes[" + i + "]";
            List<String> codes = listOf(outcome.countyCodes());
            List<CountyCode> counties = new ArrayList<>();
            for (int j = 0; j < codes.size(); j++) {
                counties.add(CountyCode.read(at + ".countyCodes[" + j + "]", codes.get(j), malformed));
            }
            outcomes.add(new Proposal.OutcomeInput(outcome.indicatorCode(), counties, outcome.baseline(),
                    period(at + ".baselinePeriod", outcome.baselinePeriod(), malformed), outcome.target(),
                    period(at + ".targetPeriod", outcome.targetPeriod(), malformed)));
        }
        if (!malformed.isEmpty()) {
            throw new MalformedInputException(malformed);
        }
        ProposeProject.Investment investment = command.plannedInvestment();
        if (investment != null && investment.currency() != null
                && !PlannedInvestment.CURRENCY.equals(investment.currency())) {
            throw new InvalidInputException(Violation.of("plannedInvestment.currency",
                    "must be CNY: amounts are yuan", investment.currency()));
        }
        List<Funding> funding = investment == null ? List.of() : listOf(investment.bySource()).stream()
                .map(source -> source == null ? null : new Funding(source.source(), source.amount())).toList();
        List<Proposal.MilestoneInput> milestones = listOf(command.milestones()).stream()
                .map(step -> step == null ? null : new Proposal.MilestoneInput(step.name(), step.due())).toList();
        return Proposal.of(new Proposal.Draft(command.titleZh(), command.titleEn(), command.descriptionZh(),
                command.descriptionEn(), command.planArea(), units, command.cluster(), command.spatialElement(), funding,
                investment == null ? null : investment.total(), command.plannedStart(), command.plannedEnd(),
                milestones, outcomes));
    }

    /** Every unit must be an active unit of the registry, the cluster a cluster of it, each indicator active. */
    private void checkReferences(Proposal proposal) {
        List<Violation> violations = new ArrayList<>();
        Map<String, CountySnapshot> counties = registry.byCode();
        for (int i = 0; i < proposal.participants().size(); i++) {
            Participant participant = proposal.participants().get(i);
            String field = "participants[" + i + "].countyCode";
            CountySnapshot county = counties.get(participant.county().value());
            if (county == null) {
                violations.add(Violation.of(field, "is not a unit of the registry (as this service's replica of "
                        + "registry.counties.v1 holds it)", participant.county().value()));
            } else if (county.retired()) {
                violations.add(Violation.of(field, "was retired in the registry on " + county.retiredOn()
                        + (county.successorCode() == null ? "" : "; its successor is " + county.successorCode()),
                        participant.county().value()));
            }
        }
        if (proposal.cluster() != null) {
            Set<String> clusters = new HashSet<>();
            counties.values().forEach(county -> clusters.addAll(county.clusters()));
            if (!clusters.contains(proposal.cluster())) {
                violations.add(Violation.of("cluster", "is not a city cluster of the registry; known: "
                        + clusters.stream().sorted().toList(), proposal.cluster()));
            }
        }
        for (int i = 0; i < proposal.outcomes().size(); i++) {
            checkIndicator("outcomes[" + i + "]", proposal.outcomes().get(i), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void checkIndicator(String at, ExpectedOutcome outcome, List<Violation> violations) {
        Optional<IndicatorSnapshot> found = indicators.find(outcome.indicatorCode());
        if (found.isEmpty()) {
            violations.add(Violation.of(at + ".indicatorCode", "is not in the indicator catalogue (as this "
                    + "service's replica of indicators.catalogue.v1 holds it)", outcome.indicatorCode()));
            return;
        }
        IndicatorSnapshot indicator = found.get();
        if (indicator.retired()) {
            violations.add(Violation.of(at + ".indicatorCode", "is retired in the catalogue: new outcomes name "
                    + "active indicators", outcome.indicatorCode()));
        }
        for (Period period : new Period[] { outcome.baselinePeriod(), outcome.targetPeriod() }) {
            if (period != null && !period.periodicity().name().equals(indicator.periodicity())) {
                String field = period == outcome.targetPeriod() ? ".targetPeriod" : ".baselinePeriod";
                violations.add(Violation.of(at + field, indicator.code() + " is reported by "
                        + indicator.periodicity().toLowerCase(Locale.ROOT) + ", not by "
                        + period.periodicity().name().toLowerCase(Locale.ROOT), period.toString()));
            }
        }
        within(at + ".baseline", outcome.baseline(), indicator, violations);
        within(at + ".target", outcome.target(), indicator, violations);
    }

    /** Within the bounds the catalogue sets for the indicator's values, where it sets them. */
    private static void within(String field, BigDecimal value, IndicatorSnapshot indicator,
            List<Violation> violations) {
        if (indicator.minimum() != null && value.compareTo(indicator.minimum()) < 0) {
            violations.add(Violation.of(field, "is below the indicator's minimum " + indicator.minimum(), value));
        }
        if (indicator.maximum() != null && value.compareTo(indicator.maximum()) > 0) {
            violations.add(Violation.of(field, "is above the indicator's maximum " + indicator.maximum(), value));
        }
    }

    private static Period period(String field, String raw, List<Violation> malformed) {
        if (raw == null) {
            return null;
        }
        try {
            return Period.parse(field, raw);
        } catch (MalformedInputException e) {
            malformed.addAll(e.violations());
            return null;
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
