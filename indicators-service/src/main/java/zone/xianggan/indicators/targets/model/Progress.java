package zone.xianggan.indicators.targets.model;

import java.math.BigDecimal;
import java.util.List;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.Period;

/**
 * Progress towards a target, computed from the data: the indicator's value for the scope in a baseline period and
 * in the latest period with figures, over the same units in both (so that a unit reporting late never looks like
 * growth); the change and whether it goes the better way; and, for a numeric target, the share of the way from
 * the baseline to the target.
 *
 * @param comparedUnits units with figures in both periods: the values are theirs
 * @param excludedUnits units of the scope without figures in one of the periods
 * @param shareOfWay    (latest − baseline) ÷ (target − baseline); 1 means reached; null without a number
 * @param status        the goal's category by the published {@link ProgressMeasure}
 * @param growthRatio   the measure's ratio of observed to required annual growth, where the status rests on it
 */
public record Progress(Trend trend, String baselinePeriod, BigDecimal baselineValue, String latestPeriod,
        BigDecimal latestValue, BigDecimal change, BigDecimal shareOfWay, ProgressStatus status,
        BigDecimal observedAnnualGrowth, BigDecimal requiredAnnualGrowth, BigDecimal growthRatio,
        List<String> comparedUnits, List<String> excludedUnits, String note) {

    public enum Trend {
        IMPROVING,
        WORSENING,
        UNCHANGED,
        /** Not enough figures: no two periods with figures for the same units. */
        NO_DATA
    }

    public Progress {
        comparedUnits = comparedUnits == null ? List.of() : List.copyOf(comparedUnits);
        excludedUnits = excludedUnits == null ? List.of() : List.copyOf(excludedUnits);
    }

    /** No figures to measure by; {@code target} is the goal's number, if one is adopted. */
    public static Progress noData(String note, BigDecimal target) {
        return new Progress(Trend.NO_DATA, null, null, null, null, null, null, unassessed(target), null, null, null,
                List.of(), List.of(), note);
    }

    public static Progress of(Direction direction, Period baselinePeriod, BigDecimal baseline, Period latestPeriod,
            BigDecimal latest, int targetYear, BigDecimal target, List<String> compared, List<String> excluded) {
        if (baseline == null || latest == null) {
            return new Progress(Trend.NO_DATA, baselinePeriod.toString(), baseline, latestPeriod.toString(), latest,
                    null, null, unassessed(target), null, null, null, compared, excluded,
                    "no value for the units compared in one of the periods");
        }
        BigDecimal change = latest.subtract(baseline);
        Trend trend = change.signum() == 0 ? Trend.UNCHANGED
                : change.signum() == direction.sign() ? Trend.IMPROVING : Trend.WORSENING;
        BigDecimal share = target == null || target.compareTo(baseline) == 0 ? null
                : Decimals.quotient(change, target.subtract(baseline));
        ProgressMeasure.Assessment assessment = ProgressMeasure.assess(direction, baselinePeriod, baseline,
                latestPeriod, latest, targetYear, target);
        return new Progress(trend, baselinePeriod.toString(), baseline, latestPeriod.toString(), latest,
                Decimals.normalize(change), Decimals.normalize(share), assessment.status(),
                assessment.observedAnnualGrowth(), assessment.requiredAnnualGrowth(), assessment.ratio(), compared,
                excluded, assessment.note());
    }

    private static ProgressStatus unassessed(BigDecimal target) {
        return target == null ? ProgressStatus.NO_TARGET_NUMBER : ProgressStatus.NOT_ASSESSED;
    }
}
