package zone.xianggan.cooperation.outcome.model;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the catalogue says an indicator's values of several units combine: a {@code SUM}; a {@code RATIO} of the sums
 * of two other indicators (times {@code scale}); or a {@code WEIGHTED_MEAN} weighted by another indicator. Rates are
 * never summed.
 */
public record Aggregation(Method method, String numerator, String denominator, String weight, BigDecimal scale) {

    public enum Method {
        SUM,
        RATIO,
        WEIGHTED_MEAN
    }

    public static Aggregation sum() {
        return new Aggregation(Method.SUM, null, null, null, null);
    }

    public static Aggregation ratio(String numerator, String denominator, BigDecimal scale) {
        return new Aggregation(Method.RATIO, numerator, denominator, null, scale);
    }

    public static Aggregation weightedMean(String weight) {
        return new Aggregation(Method.WEIGHTED_MEAN, null, null, weight, null);
    }

    /** The indicators whose values are needed to combine {@code indicator} over several units. */
    public Set<String> inputsFor(String indicator) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(indicator);
        switch (method) {
            case RATIO -> {
                codes.add(numerator);
                codes.add(denominator);
            }
            case WEIGHTED_MEAN -> codes.add(weight);
            case SUM -> {
                // the indicator's own values
            }
        }
        codes.remove(null);
        return codes;
    }
}
