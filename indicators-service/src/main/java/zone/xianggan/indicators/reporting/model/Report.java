package zone.xianggan.indicators.reporting.model;

import java.util.List;

import zone.xianggan.kernel.domain.Violation;

/**
 * One value as a reporter sent it, before any check: every field is text, exactly as received, so that each can be
 * judged and named on its own.
 *
 * @param row       1-based row of a batch or CSV upload (header not counted); null for a single value
 * @param malformed what was already found wrong with the row's form while reading it (an unknown property, a
 *                  value of the wrong JSON type)
 */
public record Report(Integer row, String countyCode, String indicatorCode, String period, String value, String note,
        String source, String reason, List<Violation> malformed) {

    public Report {
        malformed = malformed == null ? List.of() : List.copyOf(malformed);
    }

    /** The same report with {@code source} and {@code reason} filled in where the row left them blank. */
    public Report withDefaults(String defaultSource, String defaultReason) {
        return new Report(row, countyCode, indicatorCode, period, value, note,
                isBlank(source) ? defaultSource : source, isBlank(reason) ? defaultReason : reason, malformed);
    }

    /** The same report at another row. */
    public Report withRow(int number) {
        return new Report(number, countyCode, indicatorCode, period, value, note, source, reason, malformed);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
