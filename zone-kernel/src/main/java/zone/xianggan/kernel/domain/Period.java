package zone.xianggan.kernel.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period as the zone writes it: a year ({@code 2024}), a quarter ({@code 2024Q3}) or a month
 * ({@code 2024-07}). Periods of one periodicity order by time.
 *
 * @param index the quarter (1–4) or month (1–12); 0 for a year
 */
public record Period(int year, Periodicity periodicity, int index) implements Comparable<Period> {

    public Period {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (periodicity) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (periodicity == Periodicity.YEAR ? index != 0 : index < 1 || index > max) {
            throw new IllegalArgumentException("no " + periodicity + " " + index);
        }
    }

    /** Reads a period a caller sent; anything else is malformed input naming {@code field}. */
    public static Period parse(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        int length = text.length();
        boolean wellFormed = length >= 4 && Ascii.isDigits(text, 0, 4) && switch (length) {
            case 4 -> true;
            case 6 -> text.charAt(4) == 'Q' && text.charAt(5) >= '1' && text.charAt(5) <= '4';
            case 7 -> text.charAt(4) == '-' && Ascii.isDigits(text, 5, 7) && isMonth(Ascii.digitsValue(text, 5, 7));
            default -> false;
        };
        if (!wellFormed) {
            throw new MalformedInputException(Violation.of(field,
                    "must be a year (2024), a quarter (2024Q3) or a month (2024-07)", raw));
        }
        int year = Ascii.digitsValue(text, 0, 4);
        if (year < 1900 || year > 2999) {
            throw new MalformedInputException(Violation.of(field, "the year must lie between 1900 and 2999", raw));
        }
        return switch (length) {
            case 6 -> new Period(year, Periodicity.QUARTER, text.charAt(5) - '0');
            case 7 -> new Period(year, Periodicity.MONTH, Ascii.digitsValue(text, 5, 7));
            default -> new Period(year, Periodicity.YEAR, 0);
        };
    }

    private static boolean isMonth(int month) {
        return month >= 1 && month <= 12;
    }

    public static Period year(int year) {
        return new Period(year, Periodicity.YEAR, 0);
    }

    public LocalDate firstDay() {
        return switch (periodicity) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (periodicity) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    /** Whether the period has not begun on {@code today}: nothing can be reported for it yet. */
    public boolean isFutureOn(LocalDate today) {
        return firstDay().isAfter(today);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : lastDay().compareTo(other.lastDay());
    }

    @Override
    public String toString() {
        return switch (periodicity) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + index;
            // Concatenation, not String.format: a batch of values writes this tens of thousands of times.
            case MONTH -> year + (index < 10 ? "-0" : "-") + index;
        };
    }
}
