package zone.xianggan.cooperation.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.cooperation.project.application.ProposeProject;
import zone.xianggan.cooperation.project.model.FundingSource;
import zone.xianggan.cooperation.project.model.ParticipantRole;
import zone.xianggan.kernel.plan.PlanArea;

/** A project as an agency proposes it, as the request body of {@code POST /api/v1/projects}. */
@Schema(description = "A cooperation project to propose; both provinces then decide on it")
record ProposeProjectRequest(
        @Schema(example = "浏阳—上栗城际公交") String titleZh,
        @Schema(example = "Liuyang–Shangli intercity bus") String titleEn,
        @Schema(example = "开通浏阳至上栗的城际公交线路") String descriptionZh,
        @Schema(example = "An intercity bus line between Liuyang and Shangli") String descriptionEn,
        PlanArea planArea,
        @Schema(description = "at least one LEAD; units of both provinces make the project inter-provincial")
        List<Unit> participants,
        @Schema(example = "liuyang-liling-shangli-xiangdong-anyuan-luxi", description = "a city cluster's id, if any")
        String cluster,
        @Schema(example = "jinggangshan-core", description = "another spatial element's id, if any")
        String spatialElement,
        Investment plannedInvestment,
        @Schema(example = "2026-03-01") LocalDate plannedStart,
        @Schema(example = "2027-12-31") LocalDate plannedEnd,
        List<Step> milestones,
        List<Outcome> outcomes) {

    /** @param countyCode a unit of the registry, active */
    public record Unit(@Schema(example = "430181") String countyCode, ParticipantRole role) {
    }

    /**
     * @param currency CNY, if given
     * @param total    if given, must be the sum of the sources; otherwise it is computed
     */
    public record Investment(@Schema(example = "CNY") String currency, BigDecimal total, List<Source> bySource) {

        ProposeProject.Investment toCommand() {
            return new ProposeProject.Investment(currency, total,
                    each(bySource, source -> new ProposeProject.Source(source.source(), source.amount())));
        }
    }

    /** @param amount yuan, at most two decimals, not negative */
    public record Source(FundingSource source, @Schema(example = "1500000.00") BigDecimal amount) {
    }

    public record Step(@Schema(example = "Route agreed by both transport bureaus") String name,
            @Schema(example = "2026-06-30") LocalDate due) {
    }

    /**
     * @param countyCodes participating units the outcome applies to; all of them if left out
     * @param baselinePeriod the period of the baseline, if known; same kind as targetPeriod
     */
    public record Outcome(@Schema(example = "BUS_LINES") String indicatorCode, List<String> countyCodes,
            BigDecimal baseline, @Schema(example = "2025") String baselinePeriod, BigDecimal target,
            @Schema(example = "2027") String targetPeriod) {

        ProposeProject.Outcome toCommand() {
            return new ProposeProject.Outcome(indicatorCode, countyCodes, baseline, baselinePeriod, target,
                    targetPeriod);
        }
    }

    /** The command, each list and part as sent: a missing one stays missing, for the proposal to refuse. */
    ProposeProject toCommand() {
        return new ProposeProject(titleZh, titleEn, descriptionZh, descriptionEn, planArea,
                each(participants, unit -> new ProposeProject.Unit(unit.countyCode(), unit.role())), cluster,
                spatialElement, plannedInvestment == null ? null : plannedInvestment.toCommand(), plannedStart,
                plannedEnd, each(milestones, step -> new ProposeProject.Step(step.name(), step.due())),
                each(outcomes, Outcome::toCommand));
    }

    /** Each element mapped; a null list stays null and a null element stays null. */
    private static <A, B> List<B> each(List<A> sent, Function<A, B> map) {
        return sent == null ? null : sent.stream().map(element -> element == null ? null : map.apply(element))
                .collect(Collectors.toList());
    }
}
