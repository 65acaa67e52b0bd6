package zone.xianggan.kernel.aggregation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.Violation;

/**
 * How an indicator's values combine across units: a {@link AggregationMethod#SUM}; a
 * {@link AggregationMethod#RATIO} of the sums of two other indicators times {@code scale} (urbanization rate =
 * urban resident population ÷ resident population × 100); or a {@link AggregationMethod#WEIGHTED_MEAN} weighted by
 * another indicator (e.g. the resident population). A rate is never summed. The rule and its arithmetic live here
 * once, so that a zone aggregate and a project's outcome over the same units and period are the same number.
 */
public record AggregationRule(AggregationMethod method, String numerator, String denominator, String weight,
        BigDecimal scale) {

    public AggregationRule {
        // A scale beyond NUMERIC(20, 6) is kept as sent, for violations() to refuse; never written out in full.
        scale = scale == null || Decimals.boundsProblem(scale, Decimals.Kind.SCALE) != null ? scale
                : Decimals.normalize(scale);
    }

    public static AggregationRule sum() {
        return new AggregationRule(AggregationMethod.SUM, null, null, null, null);
    }

    public static AggregationRule ratio(String numerator, String denominator, BigDecimal scale) {
        return new AggregationRule(AggregationMethod.RATIO, numerator, denominator, null, scale);
    }

    public static AggregationRule weightedMean(String weight) {
        return new AggregationRule(AggregationMethod.WEIGHTED_MEAN, null, null, weight, null);
    }

    /** The indicators whose values this rule reads besides the indicator's own. */
    public List<String> components() {
        return Stream.of(numerator, denominator, weight).filter(code -> code != null).toList();
    }

    /** The indicators a unit must have values of to be counted in a combination of {@code indicator}. */
    public List<String> inputsOf(String indicator) {
        return switch (method) {
            case SUM -> List.of(indicator);
            case RATIO -> List.of(numerator, denominator);
            case WEIGHTED_MEAN -> List.of(indicator, weight);
        };
    }

    /** The rule in words, e.g. {@code Σ URBAN_RESIDENT_POPULATION ÷ Σ RESIDENT_POPULATION × 100}. */
    public String describe(String indicator) {
        return switch (method) {
            case SUM -> "Σ " + indicator;
            case RATIO -> "Σ " + numerator + " ÷ Σ " + denominator
                    + (scale.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + scale.toPlainString());
            case WEIGHTED_MEAN -> "Σ (" + indicator + " × " + weight + ") ÷ Σ " + weight;
        };
    }

    /**
     * Combines the units' values of {@code indicator} in one period. Only units with a value of every
     * {@linkplain #inputsOf input} are counted; the others are named with what they lack. One unit on its own is
     * its own value where it has one (a unit's reported rate stands, rather than one recomputed from its parts).
     * Quotients are {@link Decimals#quotient}s.
     */
    public Combination combine(String indicator, Collection<String> units, UnitValues values) {
        if (units.size() == 1) {
            String unit = units.iterator().next();
            BigDecimal own = values.valueOf(unit, indicator);
            if (own != null) {
                return new Combination(Decimals.normalize(own), Map.of(), List.of(unit), List.of(), true);
            }
        }
        List<String> inputs = inputsOf(indicator);
        List<String> covered = new ArrayList<>();
        List<Combination.UnitLacking> missing = new ArrayList<>();
        BigDecimal above = BigDecimal.ZERO;
        BigDecimal below = BigDecimal.ZERO;
        for (String unit : units) {
            BigDecimal first = values.valueOf(unit, inputs.get(0));
            BigDecimal second = inputs.size() > 1 ? values.valueOf(unit, inputs.get(1)) : BigDecimal.ZERO;
            if (first == null || second == null) {
                missing.add(new Combination.UnitLacking(unit, Stream.of(first == null ? inputs.get(0) : null,
                        second == null ? inputs.get(1) : null).filter(code -> code != null).toList()));
                continue;
            }
            covered.add(unit);
            above = above.add(method == AggregationMethod.WEIGHTED_MEAN ? first.multiply(second) : first);
            below = below.add(second);
        }
        if (covered.isEmpty()) {
            return new Combination(null, Map.of(), covered, missing, false);
        }
        Map<String, BigDecimal> components = new TreeMap<>();
        BigDecimal value = switch (method) {
            case SUM -> Decimals.normalize(above);
            case RATIO -> {
                components.put(numerator, Decimals.normalize(above));
                components.put(denominator, Decimals.normalize(below));
                yield Decimals.quotient(above.multiply(scale), below);
            }
            case WEIGHTED_MEAN -> {
                components.put(weight, Decimals.normalize(below));
                yield Decimals.quotient(above, below);
            }
        };
        return new Combination(value, components, covered, missing,
                method == AggregationMethod.SUM && covered.size() == 1);
    }

    /** What is wrong with the rule on its own, for an indicator with {@code code} and {@code unit}. */
    public List<Violation> violations(String code, String unit) {
        List<Violation> violations = new ArrayList<>();
        if (method == null) {
            violations.add(Violation.of("aggregation.method", "is required: SUM, RATIO or WEIGHTED_MEAN"));
            return violations;
        }
        switch (method) {
            case SUM -> {
                absent(violations, "numerator", numerator, "a SUM");
                absent(violations, "denominator", denominator, "a SUM");
                absent(violations, "weight", weight, "a SUM");
                absent(violations, "scale", scale, "a SUM");
                if (isRateOrPerCapita(unit)) {
                    violations.add(Violation.of("aggregation.method", "a rate or per-capita figure (unit " + unit
                            + ") is never summed across units: use RATIO or WEIGHTED_MEAN", method));
                }
            }
            case RATIO -> {
                component(violations, "numerator", numerator, code);
                component(violations, "denominator", denominator, code);
                absent(violations, "weight", weight, "a RATIO");
                if (numerator != null && numerator.equals(denominator)) {
                    violations.add(Violation.of("aggregation.denominator", "must differ from the numerator",
                            denominator));
                }
                if (scale != null && Decimals.boundsProblem(scale, Decimals.Kind.SCALE) != null) {
                    Decimals.check("aggregation.scale", scale, Decimals.Kind.SCALE, violations);
                } else if (scale == null || scale.signum() <= 0) {
                    violations.add(Violation.of("aggregation.scale",
                            "is required for a RATIO and must be positive: 100 for %, 1000 per 1,000, 1 otherwise",
                            scale));
                }
            }
            case WEIGHTED_MEAN -> {
                component(violations, "weight", weight, code);
                absent(violations, "numerator", numerator, "a WEIGHTED_MEAN");
                absent(violations, "denominator", denominator, "a WEIGHTED_MEAN");
                absent(violations, "scale", scale, "a WEIGHTED_MEAN");
            }
        }
        return violations;
    }

    /** Units that name a share or a quantity per something: their values cannot be added across units. */
    public static boolean isRateOrPerCapita(String unit) {
        if (unit == null) {
            return false;
        }
        String lower = unit.toLowerCase(Locale.ROOT);
        return lower.contains("%") || lower.contains("‰") || lower.contains("per ") || lower.contains("/")
                || lower.contains("percent") || lower.contains("rate");
    }

    private static void component(List<Violation> violations, String field, String value, String ownCode) {
        if (value == null) {
            violations.add(Violation.of("aggregation." + field, "is required: the code of another indicator"));
        } else if (!IndicatorCode.isWellFormed(value)) {
            violations.add(Violation.of("aggregation." + field, IndicatorCode.reason(), value));
        } else if (value.equals(ownCode)) {
            violations.add(Violation.of("aggregation." + field, "must be another indicator than this one", value));
        }
    }

    private static void absent(List<Violation> violations, String field, Object value, String kind) {
        if (value != null) {
            violations.add(Violation.of("aggregation." + field, "has no meaning for " + kind, value));
        }
    }
}
