package zone.xianggan.indicators.analysis.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The value of an indicator for a group of units, by the indicator's own rule, with what it rests on.
 *
 * @param value      null when no unit of the scope is covered (or a ratio's denominator is zero)
 * @param rule       the rule in words, e.g. {@code Σ URBAN_RESIDENT_POPULATION ÷ Σ RESIDENT_POPULATION × 100}
 * @param components the sums a ratio or weighted mean is computed from, by indicator code
 * @param covered    the units whose figures are in the value (for a ratio: both numerator and denominator)
 * @param missing    the units of the scope that are not
 * @param sources    the sources of the figures used, each with how many figures came from it
 */
public record Aggregate(BigDecimal value, String rule, Map<String, BigDecimal> components, List<String> covered,
        List<String> missing, Map<String, Integer> sources) {

    public Aggregate {
        components = Map.copyOf(components);
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
        sources = Map.copyOf(sources);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
