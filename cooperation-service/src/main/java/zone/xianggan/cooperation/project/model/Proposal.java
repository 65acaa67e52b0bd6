package zone.xianggan.cooperation.project.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Text;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.kernel.plan.Province;

/**
 * A project as proposed: what it is, who takes part, what it costs, when it runs, its milestones and the outcomes it
 * expects. Everything that can be checked without the registry or the indicator catalogue is checked here, and every
 * fault is reported at once, each naming its field.
 */
public record Proposal(String titleZh, String titleEn, String descriptionZh, String descriptionEn, PlanArea planArea,
        List<Participant> participants, String cluster, String spatialElement, PlannedInvestment plannedInvestment,
        LocalDate plannedStart, LocalDate plannedEnd, List<Milestone> milestones, List<ExpectedOutcome> outcomes) {

    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_NAME = 200;
    private static final int MAX_PARTICIPANTS = 24 * 4;
    private static final int MAX_MILESTONES = 100;
    private static final int MAX_OUTCOMES = 50;
    private static final Pattern ELEMENT_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public Proposal {
        participants = List.copyOf(participants);
        milestones = List.copyOf(milestones);
        outcomes = List.copyOf(outcomes);
    }

    /** A participating unit as sent; its code is already well-formed. */
    public record ParticipantInput(CountyCode county, ParticipantRole role) {
    }

    /** A milestone as sent. */
    public record MilestoneInput(String name, LocalDate due) {
    }

    /** An outcome as sent; no counties means all participating units. */
    public record OutcomeInput(String indicatorCode, List<CountyCode> counties, BigDecimal baseline,
            Period baselinePeriod, BigDecimal target, Period targetPeriod) {
    }

    /**
     * A proposal as sent, its values of the right types but its rules not yet checked; any part may be missing.
     *
     * @param statedTotal the total the proposer states, if any; it must then be the sum of the funding
     */
    public record Draft(String titleZh, String titleEn, String descriptionZh, String descriptionEn,
            PlanArea planArea, List<ParticipantInput> participants, String cluster, String spatialElement,
            List<Funding> funding, BigDecimal statedTotal, LocalDate plannedStart, LocalDate plannedEnd,
            List<MilestoneInput> milestones, List<OutcomeInput> outcomes) {
    }

    /** Checks everything at once; an {@link InvalidInputException} lists every fault. */
    public static Proposal of(Draft draft) {
        List<Violation> violations = new ArrayList<>();
        String titleZh = Text.check("titleZh", draft.titleZh(), MAX_TITLE, Text.Lines.ONE, true, violations);
        String titleEn = Text.check("titleEn", draft.titleEn(), MAX_TITLE, Text.Lines.ONE, true, violations);
        String descriptionZh = Text.check("descriptionZh", draft.descriptionZh(), MAX_DESCRIPTION, Text.Lines.MANY,
                true, violations);
        String descriptionEn = Text.check("descriptionEn", draft.descriptionEn(), MAX_DESCRIPTION, Text.Lines.MANY,
                true, violations);
        if (draft.planArea() == null) {
            violations.add(Violation.of("planArea", "is required: one of " + PlanArea.tasks()));
        } else if (!draft.planArea().isTask()) {
            violations.add(Violation.of("planArea", "a project serves one of the plan's tasks: "
                    + PlanArea.tasks(), draft.planArea()));
        }
        List<Participant> units = participants(listOf(draft.participants()), violations);
        String cluster = elementId("cluster", draft.cluster(), violations);
        String spatialElement = elementId("spatialElement", draft.spatialElement(), violations);
        PlannedInvestment investment = PlannedInvestment.of("plannedInvestment", listOf(draft.funding()),
                draft.statedTotal(), violations);
        LocalDate start = draft.plannedStart();
        LocalDate end = draft.plannedEnd();
        if (start == null) {
            violations.add(Violation.of("plannedStart", "is required, e.g. 2026-03-01"));
        }
        if (end == null) {
            violations.add(Violation.of("plannedEnd", "is required, e.g. 2027-12-31"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(Violation.of("plannedEnd", "may not lie before plannedStart " + start, end));
        }
        List<Milestone> milestones = milestones(listOf(draft.milestones()), violations);
        List<ExpectedOutcome> outcomes = outcomes(listOf(draft.outcomes()), units, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Proposal(titleZh, titleEn, descriptionZh, descriptionEn, draft.planArea(), units, cluster,
                spatialElement, investment, start, end, milestones, outcomes);
    }

    /** The provinces whose units take part. */
    public Set<Province> provinces() {
        Set<Province> provinces = new LinkedHashSet<>();
        participants.stream().sorted((a, b) -> a.province().compareTo(b.province()))
                .forEach(p -> provinces.add(p.province()));
        return provinces;
    }

    /** Units of both provinces take part. */
    public boolean isInterProvincial() {
        return provinces().size() == Province.values().length;
    }

    public boolean involves(CountyCode county) {
        return participants.stream().anyMatch(p -> p.county().equals(county));
    }

    private static List<Participant> participants(List<ParticipantInput> inputs, List<Violation> violations) {
        if (inputs.isEmpty()) {
            violations.add(Violation.of("participants", "name at least one participating unit, with role LEAD"));
            return List.of();
        }
        if (inputs.size() > MAX_PARTICIPANTS) {
            violations.add(Violation.of("participants", "at most " + MAX_PARTICIPANTS + " units"));
            return List.of();
        }
        List<Participant> participants = new ArrayList<>();
        Set<CountyCode> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "participants[" + i + "]";
            ParticipantInput input = inputs.get(i);
            if (input == null || input.county() == null) {
                violations.add(Violation.of(at + ".countyCode", "is required"));
                continue;
            }
            if (input.role() == null) {
                violations.add(Violation.of(at + ".role", "is required: LEAD or PARTNER"));
            }
            if (!seen.add(input.county())) {
                violations.add(Violation.of(at + ".countyCode", "is named twice", input.county().value()));
            }
            if (Province.of(input.county()).isEmpty()) {
                violations.add(Violation.of(at + ".countyCode", "is not in Hunan (43…) or Jiangxi (36…), the "
                        + "zone's provinces", input.county().value()));
                continue;
            }
            participants.add(Participant.of(input.county(), input.role()));
        }
        if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.LEAD)
                && inputs.stream().allMatch(input -> input != null && input.role() != null)) {
            violations.add(Violation.of("participants", "name at least one unit with role LEAD"));
        }
        return participants;
    }

    private static List<Milestone> milestones(List<MilestoneInput> inputs, List<Violation> violations) {
        if (SentItems.tooMany("milestones", inputs, MAX_MILESTONES, violations)) {
            return List.of();
        }
        return SentItems.read("milestones", inputs, violations, (at, number, input) -> {
            String name = Text.check(at + ".name", input.name(), MAX_NAME, Text.Lines.ONE, true, violations);
            if (input.due() == null) {
                violations.add(Violation.of(at + ".due", "is required, e.g. 2026-06-30"));
            }
            return new Milestone("M" + number, name, input.due(), null);
        });
    }

    private static List<ExpectedOutcome> outcomes(List<OutcomeInput> inputs, List<Participant> participants,
            List<Violation> violations) {
        if (SentItems.tooMany("outcomes", inputs, MAX_OUTCOMES, violations)) {
            return List.of();
        }
        Set<CountyCode> participating = new LinkedHashSet<>();
        participants.forEach(p -> participating.add(p.county()));
        return SentItems.read("outcomes", inputs, violations,
                (at, number, input) -> outcome(at, number, input, participating, violations));
    }

    private static ExpectedOutcome outcome(String at, int number, OutcomeInput input, Set<CountyCode> participating,
            List<Violation> violations) {
        if (!IndicatorCode.isWellFormed(input.indicatorCode())) {
            violations.add(Violation.of(at + ".indicatorCode", "is required: an indicator code of the zone's "
                    + "catalogue, e.g. GDP_PER_CAPITA", input.indicatorCode()));
        }
        List<CountyCode> counties = input.counties() == null || input.counties().isEmpty()
                ? List.copyOf(participating) : input.counties();
        Set<CountyCode> distinct = new HashSet<>();
        for (int j = 0; j < counties.size(); j++) {
            CountyCode county = counties.get(j);
            if (!participating.contains(county)) {
                violations.add(Violation.of(at + ".countyCodes[" + j + "]", "is not a participating unit of the "
                        + "project", county.value()));
            } else if (!distinct.add(county)) {
                violations.add(Violation.of(at + ".countyCodes[" + j + "]", "is named twice", county.value()));
            }
        }
        BigDecimal baseline = Decimals.check(at + ".baseline", input.baseline(), Decimals.Kind.FIGURE, violations);
        BigDecimal target = Decimals.check(at + ".target", input.target(), Decimals.Kind.FIGURE, violations);
        if (input.baseline() == null) {
            violations.add(Violation.of(at + ".baseline", "is required: the value at the start"));
        }
        if (input.target() == null) {
            violations.add(Violation.of(at + ".target", "is required: the value to reach"));
        }
        if (baseline != null && target != null && baseline.compareTo(target) == 0) {
            violations.add(Violation.of(at + ".target", "must differ from the baseline, or there is nothing "
                    + "to measure progress by", input.target()));
        }
        if (input.targetPeriod() == null) {
            violations.add(Violation.of(at + ".targetPeriod", "is required: 2027, 2027Q4 or 2027-12"));
        } else if (input.baselinePeriod() != null) {
            if (input.baselinePeriod().periodicity() != input.targetPeriod().periodicity()) {
                violations.add(Violation.of(at + ".baselinePeriod", "must be of the same kind as targetPeriod "
                        + input.targetPeriod(), input.baselinePeriod().toString()));
            } else if (input.baselinePeriod().compareTo(input.targetPeriod()) >= 0) {
                violations.add(Violation.of(at + ".baselinePeriod", "must come before targetPeriod "
                        + input.targetPeriod(), input.baselinePeriod().toString()));
            }
        }
        return new ExpectedOutcome("O" + number, input.indicatorCode(), counties, baseline, input.baselinePeriod(),
                target, input.targetPeriod());
    }

    private static String elementId(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (id.length() > 100 || !ELEMENT_ID.matcher(id).matches()) {
            violations.add(Violation.of(field, "must be the id of one of the plan's spatial elements, e.g. "
                    + "liuyang-liling-shangli-xiangdong-anyuan-luxi", value));
        }
        return id;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
