package zone.xianggan.indicators.analysis.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import zone.xianggan.indicators.catalogue.model.AggregationRule;
import zone.xianggan.platform.domain.Decimals;
import zone.xianggan.indicators.catalogue.model.Indicator;

/**
 * Combines the figures of a group of units into one by the indicator's own rule: a sum; a ratio of two sums (so a
 * rate is never a sum or a plain mean of rates); a mean weighted by another indicator. Only units with every figure
 * the rule needs are covered; the others are named as missing. Quotients keep {@value #DECIMALS} decimals.
 */
public final class Aggregation {

    public static final int DECIMALS = 4;
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private Aggregation() {
    }

    /**
     * @param units   the units of the scope
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
        List<String> needed = switch (rule.method()) {
            case SUM -> List.of(indicator.code());
            case RATIO -> List.of(rule.numerator(), rule.denominator());
            case WEIGHTED_MEAN -> List.of(indicator.code(), rule.weight());
        };
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String unit : new java.util.TreeSet<>(units)) {
            boolean hasAll = needed.stream().allMatch(code -> byIndicator.getOrDefault(code, Map.of())
                    .containsKey(unit));
            (hasAll ? covered : missing).add(unit);
        }
        Map<String, Integer> sources = new TreeMap<>();
        for (String code : needed) {
            for (String unit : covered) {
                String source = byIndicator.get(code).get(unit).source();
                sources.merge(source == null ? "(none given)" : source, 1, Integer::sum);
            }
        }
        Map<String, BigDecimal> components = new TreeMap<>();
        BigDecimal value = switch (rule.method()) {
            case SUM -> covered.isEmpty() ? null : sum(byIndicator.get(indicator.code()), covered);
            case RATIO -> ratio(rule, byIndicator, covered, components);
            case WEIGHTED_MEAN -> weightedMean(indicator.code(), rule.weight(), byIndicator, covered, components);
        };
        return new Aggregate(Decimals.normalize(value), describe(indicator), components, covered, missing, sources);
    }

    /** The rule in words, as an aggregate states it. */
    public static String describe(Indicator indicator) {
        AggregationRule rule = indicator.aggregation();
        return switch (rule.method()) {
            case SUM -> "Σ " + indicator.code();
            case RATIO -> "Σ " + rule.numerator() + " ÷ Σ " + rule.denominator()
                    + (rule.scale().compareTo(BigDecimal.ONE) == 0 ? "" : " × " + rule.scale().toPlainString());
            case WEIGHTED_MEAN -> "Σ (" + indicator.code() + " × " + rule.weight() + ") ÷ Σ " + rule.weight();
        };
    }

    private static BigDecimal ratio(AggregationRule rule, Map<String, Map<String, Figure>> byIndicator,
            List<String> covered, Map<String, BigDecimal> components) {
        if (covered.isEmpty()) {
            return null;
        }
        BigDecimal numerator = sum(byIndicator.get(rule.numerator()), covered);
        BigDecimal denominator = sum(byIndicator.get(rule.denominator()), covered);
        components.put(rule.numerator(), Decimals.normalize(numerator));
        components.put(rule.denominator(), Decimals.normalize(denominator));
        return quotient(numerator.multiply(rule.scale()), denominator);
    }

    private static BigDecimal weightedMean(String code, String weight, Map<String, Map<String, Figure>> byIndicator,
            List<String> covered, Map<String, BigDecimal> components) {
        if (covered.isEmpty()) {
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (String unit : covered) {
            weighted = weighted.add(byIndicator.get(code).get(unit).value()
                    .multiply(byIndicator.get(weight).get(unit).value()));
        }
        BigDecimal weights = sum(byIndicator.get(weight), covered);
        components.put(weight, Decimals.normalize(weights));
        return quotient(weighted, weights);
    }

    private static BigDecimal sum(Map<String, Figure> figures, List<String> units) {
        BigDecimal total = BigDecimal.ZERO;
        for (String unit : units) {
            total = total.add(figures.get(unit).value());
        }
        return total;
    }

    /** The quotient to {@value #DECIMALS} decimals; null if the divisor is zero. */
    public static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            return null;
        }
        return dividend.divide(divisor, PRECISION).setScale(DECIMALS, RoundingMode.HALF_EVEN);
    }
}
