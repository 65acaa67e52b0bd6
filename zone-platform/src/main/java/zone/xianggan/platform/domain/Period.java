package zone.xianggan.platform.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the zone writes it: a year ({@code 2024}), a quarter ({@code 2024Q3}) or a month
 * ({@code 2024-07}). Periods of one periodicity order by time.
 *
 * @param index the quarter (1–4) or month (1–12); 0 for a year
 */
public record Period(int year, Periodicity periodicity, int index) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("^(\\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$");

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
        Matcher matcher = raw == null ? null : FORM.matcher(raw.strip());
        if (matcher == null || !matcher.matches()) {
            throw new MalformedInputException(Violation.of(field,
                    "must be a year (2024), a quarter (2024Q3) or a month (2024-07)", raw));
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 1900 || year > 2999) {
            throw new MalformedInputException(Violation.of(field, "the year must lie between 1900 and 2999", raw));
        }
        if (matcher.group(2) != null) {
            return new Period(year, Periodicity.QUARTER, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return new Period(year, Periodicity.MONTH, Integer.parseInt(matcher.group(3)));
        }
        return new Period(year, Periodicity.YEAR, 0);
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
