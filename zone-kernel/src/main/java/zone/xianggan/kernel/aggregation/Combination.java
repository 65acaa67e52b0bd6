package zone.xianggan.kernel.aggregation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Several units' values combined into one by an indicator's rule, with what the result rests on.
 *
 * @param value      null when no unit is covered, or a ratio's or weighted mean's divisor is zero
 * @param components the sums a ratio or weighted mean is computed from, by indicator code
 * @param covered    the units whose values are in {@code value}, in the order given
 * @param missing    the units that could not be counted, each with the indicators it has no value of
 * @param ownValue   whether {@code value} is one unit's own value of the indicator, as reported
 */
public record Combination(BigDecimal value, Map<String, BigDecimal> components, List<String> covered,
        List<UnitLacking> missing, boolean ownValue) {

    public Combination {
        components = Map.copyOf(components);
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    /** A unit left out of a combination, and the indicators it has no value of. */
    public record UnitLacking(String unit, List<String> indicators) {

        public UnitLacking {
            indicators = List.copyOf(indicators);
        }
    }

    public List<String> missingUnits() {
        return missing.stream().map(UnitLacking::unit).toList();
    }
}
