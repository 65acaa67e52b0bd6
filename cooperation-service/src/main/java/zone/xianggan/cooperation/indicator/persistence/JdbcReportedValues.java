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

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import zone.xianggan.cooperation.indicator.application.ReportedValues;
import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.kernel.domain.Period;

/** The {@code reported_value} table: one row per county, indicator and period, at its highest revision. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcReportedValues implements ReportedValues {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * One statement whether the value is new, a higher revision, or not above the one held: a replica takes every
     * value the zone reports, so what each costs is paid once per value reported.
     */
    @Override
    public boolean storeIfHigherRevision(ReportedValue value, String eventId) {
        return jdbc.update("""
                MERGE INTO reported_value held
                USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(6)), CAST(? AS VARCHAR(7)),
                               CAST(? AS NUMERIC(38, 10)), CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE),
                               CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE)))
                    AS reported (indicator_code, county_code, period, figure, revision, reported_at, event_id,
                                 applied_at)
                ON held.indicator_code = reported.indicator_code AND held.county_code = reported.county_code
                    AND held.period = reported.period
                WHEN MATCHED AND held.revision < reported.revision THEN
                    UPDATE SET figure = reported.figure, revision = reported.revision,
                               reported_at = reported.reported_at, event_id = reported.event_id,
                               applied_at = reported.applied_at
                WHEN NOT MATCHED THEN
                    INSERT (indicator_code, county_code, period, figure, revision, reported_at, event_id, applied_at)
                    VALUES (reported.indicator_code, reported.county_code, reported.period, reported.figure,
                            reported.revision, reported.reported_at, reported.event_id, reported.applied_at)""",
                value.indicatorCode(), value.countyCode(), value.period(), value.value(), value.revision(),
                value.reportedAt().atOffset(ZoneOffset.UTC), eventId, clock.instant().atOffset(ZoneOffset.UTC)) == 1;
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
        return jdbc.queryForList("SELECT 1 FROM reported_value LIMIT 1", Integer.class).isEmpty();
    }

    private static LatestValue value(ResultSet rs) throws SQLException {
        BigDecimal figure = rs.getBigDecimal("figure").stripTrailingZeros();
        return new LatestValue(rs.getString("county_code"), rs.getString("indicator_code"),
                Period.parse("period", rs.getString("period")), figure.scale() < 0 ? figure.setScale(0) : figure,
                rs.getInt("revision"), rs.getObject("reported_at", OffsetDateTime.class).toInstant());
    }
}
