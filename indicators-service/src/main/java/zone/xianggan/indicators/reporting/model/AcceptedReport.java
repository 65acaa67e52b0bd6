package zone.xianggan.indicators.reporting.model;

import java.math.BigDecimal;

/** A report whose every field passed the checks, read into its key and figure. */
public record AcceptedReport(Integer row, ValueKey key, BigDecimal value, String note, String source,
        String reason) {
}
