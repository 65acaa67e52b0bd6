package zone.xianggan.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.Period;

/** Current values as the reporting use case stores them: first reports by the zone office, early in 2026. */
public final class Figures {

    private static final Actor ZONE_OFFICE = new Actor("zone-office", null);
    private static final Instant REPORTED_AT = Instant.parse("2026-01-15T00:00:00Z");

    /**
     * The GDP reported for 2024: Liuyang's (from its statistics bureau), Liling's and Shangli's, and Hunan's
     * benchmark; none from Jinggangshan.
     */
    public static final List<ValueRevision> GDP_2024 = List.of(
            from("Liuyang Statistics Bureau", ZoneUnits.LIUYANG, "GDP", "2024", "190"),
            of(ZoneUnits.LILING, "GDP", "2024", "120"),
            of(ZoneUnits.SHANGLI, "GDP", "2024", "30"),
            of(ZoneUnits.HUNAN, "GDP", "2024", "5000"));

    private Figures() {
    }

    /** The unit's figures for the indicator, each period followed by its value: {@code "2020", "100", "2024", …}. */
    public static List<ValueRevision> series(String unit, String indicator, String... periodsAndValues) {
        List<ValueRevision> series = new ArrayList<>();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            series.add(of(unit, indicator, periodsAndValues[i], periodsAndValues[i + 1]));
        }
        return series;
    }

    /** The unit's (or province's) figure for the indicator and period (2024, 2024Q3 or 2024-07), without a source. */
    public static ValueRevision of(String unit, String indicator, String period, String value) {
        return from(null, unit, indicator, period, value);
    }

    public static ValueRevision from(String source, String unit, String indicator, String period, String value) {
        return new ValueRevision(new ValueKey(unit, indicator, Period.parse("period", period)), 1,
                new BigDecimal(value), null, null, source, null, ZONE_OFFICE, REPORTED_AT);
    }
}
