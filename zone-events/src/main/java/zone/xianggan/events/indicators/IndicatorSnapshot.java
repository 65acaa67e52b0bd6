package zone.xianggan.events.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The whole definition of one indicator after a change: the data of every event on
 * {@code indicators.catalogue.v1} (compacted, key: the indicator code). Enumerated values travel as strings.
 *
 * @param periodicity {@code YEAR}, {@code QUARTER} or {@code MONTH}
 * @param planArea    the plan area it serves, e.g. {@code RED_CULTURE}, {@code COMPREHENSIVE_STRENGTH}
 * @param direction   {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}
 * @param minimum     the lowest value accepted, if bounded
 * @param maximum     the highest value accepted, if bounded
 * @param status      {@code ACTIVE} or {@code RETIRED}
 * @param changedBy   the agency that made the change (or {@code system:…} for the zone's own seeding)
 * @param changedByPerson the person acting for that agency, where it named one; null otherwise
 */
public record IndicatorSnapshot(
        String code,
        String nameZh,
        String nameEn,
        String unit,
        String periodicity,
        String planArea,
        Aggregation aggregation,
        String direction,
        BigDecimal minimum,
        BigDecimal maximum,
        String status,
        long version,
        Instant changedAt,
        String changedBy,
        String changedByPerson) {

    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    /**
     * How values of several units combine into one.
     *
     * @param method      {@code SUM}; {@code RATIO} of two indicators' sums (numerator ÷ denominator, times
     *                    {@code scale}); or {@code WEIGHTED_MEAN} weighted by another indicator (e.g. population)
     * @param numerator   for {@code RATIO}: the indicator summed above the line
     * @param denominator for {@code RATIO}: the indicator summed below it
     * @param weight      for {@code WEIGHTED_MEAN}: the weighting indicator
     * @param scale       for {@code RATIO}: the factor that makes the quotient the indicator's unit (100 for %)
     */
    public record Aggregation(String method, String numerator, String denominator, String weight,
            BigDecimal scale) {
    }

    public boolean retired() {
        return RETIRED.equals(status);
    }
}
