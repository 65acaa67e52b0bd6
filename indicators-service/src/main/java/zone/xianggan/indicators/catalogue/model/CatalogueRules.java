package zone.xianggan.indicators.catalogue.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zone.xianggan.kernel.aggregation.AggregationMethod;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Violation;

/** The rules that tie indicators together: what a rate is computed from must exist and be reported alike. */
public final class CatalogueRules {

    private CatalogueRules() {
    }

    /**
     * Each component of the indicator's aggregation (numerator, denominator, weight) must be an active indicator
     * of the same periodicity that is itself summed: a rate computed from rates would be no rate at all.
     */
    public static void requireComponents(String code, IndicatorDefinition definition,
            Map<String, Indicator> catalogue) {
        AggregationRule rule = definition.aggregation();
        List<Violation> violations = new ArrayList<>();
        check(violations, "numerator", rule.numerator(), definition, catalogue);
        check(violations, "denominator", rule.denominator(), definition, catalogue);
        check(violations, "weight", rule.weight(), definition, catalogue);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * An indicator that an active indicator is computed from keeps what {@link #requireComponents} asked of it when
     * that one was defined: its periodicity, and its being summed.
     */
    public static void requireStillFitForItsUsers(Indicator current, IndicatorDefinition revised,
            Iterable<Indicator> catalogue) {
        if (revised.periodicity() != current.periodicity()
                || revised.aggregation().method() != AggregationMethod.SUM) {
            requireNotAComponent(current, catalogue);
        }
    }

    /** An indicator that an active indicator is computed from cannot be retired before that one. */
    public static void requireNotAComponent(Indicator indicator, Iterable<Indicator> catalogue) {
        for (Indicator other : catalogue) {
            if (other.isActive() && !other.code().equals(indicator.code())
                    && other.aggregation().components().contains(indicator.code())) {
                throw new ConflictException("indicator " + other.code() + " is computed from " + indicator.code()
                        + ": retire or redefine it first", Map.of("usedBy", other.code()));
            }
        }
    }

    private static void check(List<Violation> violations, String field, String component,
            IndicatorDefinition definition, Map<String, Indicator> catalogue) {
        if (component == null) {
            return;
        }
        Optional<Indicator> found = Optional.ofNullable(catalogue.get(component));
        String name = "aggregation." + field;
        if (found.isEmpty()) {
            violations.add(Violation.of(name, "no indicator " + component + " in the catalogue", component));
        } else if (!found.get().isActive()) {
            violations.add(Violation.of(name, "indicator " + component + " is retired", component));
        } else if (found.get().periodicity() != definition.periodicity()) {
            violations.add(Violation.of(name, "indicator " + component + " is reported by "
                    + found.get().periodicity() + ", not " + definition.periodicity(), component));
        } else if (found.get().aggregation().method() != AggregationMethod.SUM) {
            violations.add(Violation.of(name, "indicator " + component + " is not summed across units ("
                    + found.get().aggregation().method() + ")", component));
        }
    }
}
