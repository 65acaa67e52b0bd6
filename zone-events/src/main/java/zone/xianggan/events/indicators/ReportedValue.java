package zone.xianggan.events.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value a unit reported for an indicator and period, or a revision of it: the data of every event on
 * {@code indicators.values.v1} (key: the county code). A subscriber keeps, for each county, indicator and period,
 * the value with the highest {@code revision}.
 *
 * @param period        {@code 2024}, {@code 2024Q3} or {@code 2024-07}
 * @param revision      1 for the first value, then 2, 3… for each revision
 * @param previousValue the value this revision replaced; null for the first
 * @param reportedBy    the agency that reported it
 * @param reason        why it was revised, as the reporter said
 * @param reportedByPerson the person acting for that agency, where it named one; null otherwise
 */
public record ReportedValue(
        String countyCode,
        String indicatorCode,
        String period,
        BigDecimal value,
        String note,
        String source,
        String reportedBy,
        int revision,
        BigDecimal previousValue,
        String reason,
        Instant reportedAt,
        String reportedByPerson) {
}
