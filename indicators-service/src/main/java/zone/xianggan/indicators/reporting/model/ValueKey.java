package zone.xianggan.indicators.reporting.model;

import zone.xianggan.kernel.domain.Period;

/** What a value is the value of: one unit (or province, for a benchmark), one indicator, one period. */
public record ValueKey(String countyCode, String indicatorCode, Period period) {
}
