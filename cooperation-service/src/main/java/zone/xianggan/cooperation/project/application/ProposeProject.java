package zone.xianggan.cooperation.project.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import zone.xianggan.cooperation.project.model.FundingSource;
import zone.xianggan.cooperation.project.model.ParticipantRole;
import zone.xianggan.kernel.plan.PlanArea;

/** A project as an agency proposes it. */
public record ProposeProject(String titleZh, String titleEn, String descriptionZh, String descriptionEn,
        PlanArea planArea, List<Unit> participants, String cluster, String spatialElement,
        Investment plannedInvestment, LocalDate plannedStart, LocalDate plannedEnd, List<Step> milestones,
        List<Outcome> outcomes) {

    /** @param countyCode a unit of the registry, active */
    public record Unit(String countyCode, ParticipantRole role) {
    }

    /**
     * @param currency CNY, if given
     * @param total    if given, must be the sum of the sources; otherwise it is computed
     */
    public record Investment(String currency, BigDecimal total, List<Source> bySource) {
    }

    /** @param amount yuan, at most two decimals, not negative */
    public record Source(FundingSource source, BigDecimal amount) {
    }

    public record Step(String name,
            LocalDate due) {
    }

    /**
     * @param countyCodes participating units the outcome applies to; all of them if left out
     * @param baselinePeriod the period of the baseline, if known; same kind as targetPeriod
     */
    public record Outcome(String indicatorCode, List<String> countyCodes,
            BigDecimal baseline, String baselinePeriod, BigDecimal target,
            String targetPeriod) {
    }
}
