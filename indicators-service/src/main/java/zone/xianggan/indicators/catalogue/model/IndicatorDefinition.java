package zone.xianggan.indicators.catalogue.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.domain.Text;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * What an agency defines of an indicator: its names, unit, periodicity, the plan area it serves, how it aggregates,
 * which way is better, and the bounds a reported value must keep. Checked as a whole: every violation is named.
 *
 * @param minimum the lowest value accepted, inclusive; none if null
 * @param maximum the highest value accepted, inclusive; none if null
 */
public record IndicatorDefinition(String nameZh, String nameEn, String unit, Periodicity periodicity,
        PlanArea planArea, AggregationRule aggregation, Direction direction, BigDecimal minimum,
        BigDecimal maximum) {

    public IndicatorDefinition {
        minimum = Decimals.require("minimum", minimum, Decimals.Kind.FIGURE);
        maximum = Decimals.require("maximum", maximum, Decimals.Kind.FIGURE);
    }

    private static final int MAX_NAME_ZH = 200;
    private static final int MAX_NAME_EN = 300;
    private static final int MAX_UNIT = 50;

    /** The definition, or an {@link InvalidInputException} naming each field that is wrong. */
    public static IndicatorDefinition of(String code, String nameZh, String nameEn, String unit,
            Periodicity periodicity, PlanArea planArea, AggregationRule aggregation, Direction direction,
            BigDecimal minimum, BigDecimal maximum) {
        List<Violation> violations = new ArrayList<>();
        String zh = Text.check("nameZh", nameZh, MAX_NAME_ZH, Text.Lines.ONE, true, violations);
        String en = Text.check("nameEn", nameEn, MAX_NAME_EN, Text.Lines.ONE, true, violations);
        String u = Text.check("unit", unit, MAX_UNIT, Text.Lines.ONE, true, violations);
        required(violations, "periodicity", periodicity, "YEAR, QUARTER or MONTH");
        required(violations, "planArea", planArea, java.util.Arrays.toString(PlanArea.values()));
        required(violations, "direction", direction, "HIGHER_IS_BETTER or LOWER_IS_BETTER");
        if (aggregation == null) {
            violations.add(Violation.of("aggregation", "is required, e.g. {\"method\":\"SUM\"}"));
        } else {
            violations.addAll(aggregation.violations(code, u));
        }
        minimum = Decimals.check("minimum", minimum, Decimals.Kind.FIGURE, violations);
        maximum = Decimals.check("maximum", maximum, Decimals.Kind.FIGURE, violations);
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            violations.add(Violation.of("maximum", "must not be below the minimum " + minimum.toPlainString(),
                    maximum));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new IndicatorDefinition(zh, en, u, periodicity, planArea, aggregation, direction, minimum, maximum);
    }

    /** Why the value breaks the bounds; null if it keeps them. */
    public String boundsViolation(BigDecimal value) {
        if (minimum != null && value.compareTo(minimum) < 0) {
            return "is below the indicator's minimum " + minimum.stripTrailingZeros().toPlainString() + " " + unit;
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            return "is above the indicator's maximum " + maximum.stripTrailingZeros().toPlainString() + " " + unit;
        }
        return null;
    }

    private static void required(List<Violation> violations, String field, Object value, String allowed) {
        if (value == null) {
            violations.add(Violation.of(field, "is required: " + allowed));
        }
    }
}
