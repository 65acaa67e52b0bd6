package zone.xianggan.cooperation.outcome.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import zone.xianggan.kernel.aggregation.Combination.UnitLacking;
import zone.xianggan.kernel.domain.Period;

/**
 * An expected outcome against the latest values reported: the indicator combined over the outcome's units in the
 * latest period anything was reported for, and the progress from baseline to target.
 *
 * @param period               the latest period with a value; null if none was reported yet
 * @param value                the combined value in that period; null if it cannot be formed from what was reported
 * @param revision             the revision of the value, when it is one unit's reported value as it stands (the
 *                             revisions of several units' values are in {@code values})
 * @param progress             (value − baseline) ÷ (target − baseline): 0 at the baseline, 1 at the target, below 0
 *                             when moving away from it; null without a value
 * @param countiesCounted      the units whose values make up {@code value}
 * @param countiesWithoutValue the units that could not be counted in that period, and what they lack
 * @param values               each unit's own reported value of the indicator in that period, where there is one
 */
public record OutcomeMeasurement(Period period, BigDecimal value, Integer revision, BigDecimal progress,
        List<String> countiesCounted, List<UnitLacking> countiesWithoutValue, List<UnitValue> values) {

    public OutcomeMeasurement {
        countiesCounted = List.copyOf(countiesCounted);
        countiesWithoutValue = List.copyOf(countiesWithoutValue);
        values = List.copyOf(values);
    }

    public record UnitValue(String countyCode, BigDecimal value, int revision, Instant reportedAt) {
    }

    public boolean complete() {
        return value != null && countiesWithoutValue.isEmpty();
    }
}
