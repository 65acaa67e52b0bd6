package zone.xianggan.cooperation.indicator.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import zone.xianggan.cooperation.indicator.application.ReportedValues;
import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.platform.domain.Period;

/** The {@code reported_value} table: one row per county, indicator and period, at its highest revision. */
@Repository
class JdbcReportedValues implements ReportedValues {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcReportedValues(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean storeIfHigherRevision(ReportedValue value, String eventId) {
        Object[] row = { value.value(), value.revision(), value.reportedAt().atOffset(ZoneOffset.UTC), eventId,
                clock.instant().atOffset(ZoneOffset.UTC), value.countyCode(), value.indicatorCode(), value.period() };
        if (jdbc.update("""
                UPDATE reported_value SET figure = ?, revision = ?, reported_at = ?, event_id = ?, applied_at = ?
                WHERE county_code = ? AND indicator_code = ? AND period = ? AND revision < ?""",
                JdbcIndicatorCatalogue.append(row, value.revision())) == 1) {
            return true;
        }
        Long held = jdbc.queryForObject("""
                SELECT COUNT(*) FROM reported_value WHERE county_code = ? AND indicator_code = ? AND period = ?""",
                Long.class, value.countyCode(), value.indicatorCode(), value.period());
        if (held != null && held > 0) {
            return false;
        }
        jdbc.update("""
                INSERT INTO reported_value (figure, revision, reported_at, event_id, applied_at, county_code,
                indicator_code, period) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", row);
        return true;
    }

    @Override
    public List<LatestValue> of(Collection<String> indicatorCodes, Collection<String> countyCodes) {
        if (indicatorCodes.isEmpty() || countyCodes.isEmpty()) {
            return List.of();
        }
        String indicators = String.join(", ", Collections.nCopies(indicatorCodes.size(), "?"));
        String counties = String.join(", ", Collections.nCopies(countyCodes.size(), "?"));
        Object[] arguments = java.util.stream.Stream.concat(indicatorCodes.stream(), countyCodes.stream()).toArray();
        return jdbc.query("SELECT county_code, indicator_code, period, figure, revision, reported_at "
                + "FROM reported_value WHERE indicator_code IN (" + indicators + ") AND county_code IN (" + counties
                + ")", (rs, n) -> value(rs), arguments);
    }

    @Override
    public boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reported_value", Long.class) == 0;
    }

    private static LatestValue value(ResultSet rs) throws SQLException {
        BigDecimal figure = rs.getBigDecimal("figure").stripTrailingZeros();
        return new LatestValue(rs.getString("county_code"), rs.getString("indicator_code"),
                Period.parse("period", rs.getString("period")), figure.scale() < 0 ? figure.setScale(0) : figure,
                rs.getInt("revision"), rs.getObject("reported_at", OffsetDateTime.class).toInstant());
    }
}
