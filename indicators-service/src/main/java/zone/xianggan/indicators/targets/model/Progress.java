package zone.xianggan.indicators.targets.model;

import java.math.BigDecimal;
import java.util.List;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.kernel.domain.Decimals;

/**
 * Progress towards a target, computed from the data: the indicator's value for the scope in a baseline period and
 * in the latest period with figures, over the same units in both (so that a unit reporting late never looks like
 * growth); the change and whether it goes the better way; and, for a numeric target, the share of the way from
 * the baseline to the target.
 *
 * @param comparedUnits units with figures in both periods: the values are theirs
 * @param excludedUnits units of the scope without figures in one of the periods
 * @param shareOfWay    (latest − baseline) ÷ (target − baseline); 1 means reached; null without a number
 */
public record Progress(Trend trend, String baselinePeriod, BigDecimal baselineValue, String latestPeriod,
        BigDecimal latestValue, BigDecimal change, BigDecimal shareOfWay, List<String> comparedUnits,
        List<String> excludedUnits, String note) {

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

    public static Progress noData(String note) {
        return new Progress(Trend.NO_DATA, null, null, null, null, null, null, List.of(), List.of(), note);
    }

    public static Progress of(Direction direction, String baselinePeriod, BigDecimal baseline, String latestPeriod,
            BigDecimal latest, BigDecimal target, List<String> compared, List<String> excluded) {
        if (baseline == null || latest == null) {
            return new Progress(Trend.NO_DATA, baselinePeriod, baseline, latestPeriod, latest, null, null, compared,
                    excluded, "no value for the units compared in one of the periods");
        }
        BigDecimal change = latest.subtract(baseline);
        Trend trend = change.signum() == 0 ? Trend.UNCHANGED
                : change.signum() == direction.sign() ? Trend.IMPROVING : Trend.WORSENING;
        BigDecimal share = target == null || target.compareTo(baseline) == 0 ? null
                : Decimals.quotient(change, target.subtract(baseline));
        return new Progress(trend, baselinePeriod, baseline, latestPeriod, latest, Decimals.normalize(change),
                Decimals.normalize(share), compared, excluded, null);
    }
}
