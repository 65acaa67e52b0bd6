package zone.xianggan.cooperation.indicator.application;

import java.math.BigDecimal;
import java.time.Instant;

import zone.xianggan.events.indicators.IndicatorSnapshot;

/** Catalogue definitions for tests: yearly, of the infrastructure area, active, at version 1 unless said. */
public final class Indicators {

    private static final Instant AT = Instant.parse("2026-01-05T00:00:00Z");

    private Indicators() {
    }

    /** Combined over several units by adding their values. */
    public static IndicatorSnapshot summed(String code) {
        return combinedBy(code, new IndicatorSnapshot.Aggregation("SUM", null, null, null, null));
    }

    /** Combined as the sum of {@code numerator} over the sum of {@code denominator}, times 100. */
    public static IndicatorSnapshot ratio(String code, String numerator, String denominator) {
        return combinedBy(code, new IndicatorSnapshot.Aggregation("RATIO", numerator, denominator, null,
                BigDecimal.valueOf(100)));
    }

    public static IndicatorSnapshot combinedBy(String code, IndicatorSnapshot.Aggregation aggregation) {
        return new IndicatorSnapshot(code, code, code, "count", "YEAR", "INFRASTRUCTURE_CONNECTIVITY", aggregation,
                "HIGHER_IS_BETTER", null, null, IndicatorSnapshot.ACTIVE, 1, AT, "zone-office", null);
    }

    public static IndicatorSnapshot inArea(IndicatorSnapshot indicator, String planArea) {
        return new IndicatorSnapshot(indicator.code(), indicator.nameZh(), indicator.nameEn(), indicator.unit(),
                indicator.periodicity(), planArea, indicator.aggregation(), indicator.direction(),
                indicator.minimum(), indicator.maximum(), indicator.status(), indicator.version(),
                indicator.changedAt(), indicator.changedBy(), indicator.changedByPerson());
    }

    /** The next version of the definition, retired. */
    public static IndicatorSnapshot retired(IndicatorSnapshot indicator) {
        return new IndicatorSnapshot(indicator.code(), indicator.nameZh(), indicator.nameEn(), indicator.unit(),
                indicator.periodicity(), indicator.planArea(), indicator.aggregation(), indicator.direction(),
                indicator.minimum(), indicator.maximum(), IndicatorSnapshot.RETIRED, indicator.version() + 1,
                indicator.changedAt(), indicator.changedBy(), indicator.changedByPerson());
    }
}
