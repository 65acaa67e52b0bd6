package zone.xianggan.indicators.analysis.model;

import java.math.BigDecimal;

/** One unit's current figure for an indicator and period, and where it came from. */
public record Figure(String unit, String indicator, BigDecimal value, String source) {
}
