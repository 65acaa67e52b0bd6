package zone.xianggan.cooperation.indicator.model;

import java.math.BigDecimal;
import java.time.Instant;

import zone.xianggan.kernel.domain.Period;

/**
 * The value a unit reported for an indicator and period, at its highest revision so far.
 *
 * @param revision 1 for the first value, then 2, 3… for each revision
 */
public record LatestValue(String countyCode, String indicatorCode, Period period, BigDecimal value, int revision,
        Instant reportedAt) {
}
