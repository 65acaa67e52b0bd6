package zone.xianggan.indicators.analysis.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.aggregation.Combination;

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

    /**
     * Combines the figures of a group of units by the indicator's {@link AggregationRule}.
     *
     * @param units   the units of the scope; figures of other units do not count
     * @param figures the current figures of the indicator and of the components of its rule, for one period
     */
    public static Aggregate of(Indicator indicator, Set<String> units, List<Figure> figures) {
        Map<String, Map<String, Figure>> byIndicator = new HashMap<>();
        for (Figure figure : figures) {
            if (units.contains(figure.unit())) {
                byIndicator.computeIfAbsent(figure.indicator(), code -> new HashMap<>()).put(figure.unit(), figure);
            }
        }
        AggregationRule rule = indicator.aggregation();
        Combination combination = rule.combine(indicator.code(), new TreeSet<>(units), (unit, code) -> {
            Figure figure = byIndicator.getOrDefault(code, Map.of()).get(unit);
            return figure == null ? null : figure.value();
        });
        List<String> used = combination.ownValue() ? List.of(indicator.code()) : rule.inputsOf(indicator.code());
        Map<String, Integer> sources = new TreeMap<>();
        for (String code : used) {
            for (String unit : combination.covered()) {
                String source = byIndicator.get(code).get(unit).source();
                sources.merge(source == null ? "(none given)" : source, 1, Integer::sum);
            }
        }
        return new Aggregate(combination.value(), rule.describe(indicator.code()), combination.components(),
                combination.covered(), combination.missingUnits(), sources);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
