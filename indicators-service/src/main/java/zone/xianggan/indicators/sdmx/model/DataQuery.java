package zone.xianggan.indicators.sdmx.model;

import java.time.LocalDate;
import java.util.Set;

import zone.xianggan.kernel.domain.Period;

/**
 * Which observations a data query asks for: the areas and indicators its key names (none named: all), and the days
 * its periods must lie within. A period lies within when it begins on or after {@code from} and ends on or before
 * {@code to}: from 2020 on holds 2020-Q1, up to 2024 holds 2024-M12.
 *
 * @param from the first day a period may cover; null for no bound
 * @param to   the last day a period may cover; null for no bound
 */
public record DataQuery(Set<String> areas, Set<String> indicators, LocalDate from, LocalDate to) {

    public static final DataQuery EVERYTHING = new DataQuery(Set.of(), Set.of(), null, null);

    public DataQuery {
        areas = Set.copyOf(areas);
        indicators = Set.copyOf(indicators);
    }

    public boolean includes(Period period) {
        return (from == null || !period.firstDay().isBefore(from)) && (to == null || !period.lastDay().isAfter(to));
    }

    /** This query with its periods narrowed to those beginning on or after {@code day}. */
    public DataQuery notBefore(LocalDate day) {
        return new DataQuery(areas, indicators, from == null || day.isAfter(from) ? day : from, to);
    }

    /** This query with its periods narrowed to those ending on or before {@code day}. */
    public DataQuery notAfter(LocalDate day) {
        return new DataQuery(areas, indicators, from, to == null || day.isBefore(to) ? day : to);
    }
}
