package zone.xianggan.indicators.sdmx.model;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.domain.Violation;

/**
 * The zone's periods in SDMX's time formats: a year as a Gregorian year ({@code 2024}), a quarter and a month as
 * reporting periods ({@code 2024-Q3}, {@code 2024-M07}), which say their periodicity as the zone's own
 * {@code 2024Q3} and {@code 2024-07} do.
 */
public final class SdmxTime {

    private SdmxTime() {
    }

    public static String format(Period period) {
        return switch (period.periodicity()) {
            case YEAR -> Integer.toString(period.year());
            case QUARTER -> period.year() + "-Q" + period.index();
            case MONTH -> period.year() + (period.index() < 10 ? "-M0" : "-M") + period.index();
        };
    }

    /**
     * Reads a period a query names in SDMX's formats ({@code 2024}, {@code 2024-Q3}, {@code 2024-M07}, and the
     * Gregorian month {@code 2024-07}); anything else is malformed input naming {@code field}.
     */
    public static Period parse(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() == 7 && text.startsWith("-Q", 4)) {
            return reporting(field, raw, text.substring(0, 4), Periodicity.QUARTER, text.substring(6));
        }
        if (text.length() == 8 && text.startsWith("-M", 4)) {
            return reporting(field, raw, text.substring(0, 4), Periodicity.MONTH, text.substring(6));
        }
        if (text.length() == 4 || text.length() == 7 && text.charAt(4) == '-') {
            return Period.parse(field, text);
        }
        throw malformed(field, raw);
    }

    private static Period reporting(String field, String raw, String year, Periodicity periodicity, String index) {
        if (!digits(year) || !digits(index)) {
            throw malformed(field, raw);
        }
        try {
            return new Period(Integer.parseInt(year), periodicity, Integer.parseInt(index));
        } catch (IllegalArgumentException outOfRange) {
            throw malformed(field, raw);
        }
    }

    private static boolean digits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static MalformedInputException malformed(String field, String raw) {
        return new MalformedInputException(Violation.of(field,
                "must be a year (2024), a quarter (2024-Q3) or a month (2024-M07), between 1900 and 2999", raw));
    }
}
