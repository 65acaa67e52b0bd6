package zone.xianggan.indicators.reporting.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import zone.xianggan.indicators.catalogue.application.IndicatorUsage;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.application.Values;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.Period;

/**
 * The {@code current_value} table (each value's latest revision) and {@code value_revision} (every superseded one),
 * written with JDBC batches.
 */
@Repository
class JdbcValues implements Values, IndicatorUsage {

    private static final int BATCH = 1000;
    private static final String REVISION_COLUMNS = """
            county_code, indicator_code, period, revision, figure, previous_value, note, source, reason, reported_by,
            person, reported_at""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * One read per indicator of the batch, along the primary key: its rows from the batch's first period to its last
     * (a thousand periods at a time), those not asked for skipped here. An import of new periods then reads next to
     * nothing, however many values the indicator holds for other periods. A range and not {@code period IN (…)}: H2
     * uses an IN list only on an index's first column, and otherwise compares every row of the indicator with every
     * period of the list, which took 80% of a 10,000-value import. The range is safe under any collation: an
     * indicator's periods share its one periodicity, so one fixed-width form whose text order is their time order.
     */
    @Override
    public Map<ValueKey, ValueRevision> current(Collection<ValueKey> keys) {
        Map<String, SortedSet<String>> periodsByIndicator = new HashMap<>();
        for (ValueKey key : keys) {
            periodsByIndicator.computeIfAbsent(key.indicatorCode(), indicator -> new TreeSet<>())
                    .add(key.period().toString());
        }
        Set<ValueKey> wanted = keys instanceof Set<ValueKey> set ? set : new HashSet<>(keys);
        Map<ValueKey, ValueRevision> found = new HashMap<>();
        periodsByIndicator.forEach((indicator, periods) -> {
            List<String> ordered = List.copyOf(periods);
            for (int from = 0; from < ordered.size(); from += BATCH) {
                int to = Math.min(ordered.size(), from + BATCH);
                jdbc.query("SELECT " + REVISION_COLUMNS + " FROM current_value "
                        + "WHERE indicator_code = ? AND period BETWEEN ? AND ?", (ResultSet rs) -> {
                            ValueRevision value = revision(rs, 0);
                            if (wanted.contains(value.key())) {
                                found.put(value.key(), value);
                            }
                        }, indicator, ordered.get(from), ordered.get(to - 1));
            }
        });
        return found;
    }

    @Override
    public void store(List<ValueRevision> revisions, List<ValueRevision> superseded) {
        List<ValueRevision> first = revisions.stream().filter(ValueRevision::isFirst).toList();
        List<ValueRevision> later = revisions.stream().filter(r -> !r.isFirst()).toList();
        jdbc.batchUpdate("INSERT INTO current_value (" + REVISION_COLUMNS + ", period_start) VALUES (?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?)", first, BATCH, (ps, r) -> ps.setObject(setRevision(ps, r), r.key().period()
                        .firstDay()));
        // The update locks the current row and checks it still holds the revision superseded: only then is that
        // revision, as read in this transaction, the one that goes into the history.
        int[][] updated = jdbc.batchUpdate("""
                UPDATE current_value SET revision = ?, figure = ?, previous_value = ?, note = ?, source = ?,
                reason = ?, reported_by = ?, person = ?, reported_at = ?
                WHERE county_code = ? AND indicator_code = ? AND period = ? AND revision = ?""",
                later, BATCH, (ps, r) -> {
                    ps.setInt(1, r.revision());
                    ps.setBigDecimal(2, r.value());
                    ps.setBigDecimal(3, r.previousValue());
                    int next = key(ps, figureNotes(ps, 4, r), r);
                    ps.setInt(next, r.revision() - 1);
                });
        for (int[] batch : updated) {
            for (int count : batch) {
                // A driver may answer Statement.SUCCESS_NO_INFO for a row it did update; only 0 means none.
                if (count == 0) {
                    throw new ConflictException("a value of this batch was revised by another report meanwhile: "
                            + "read it again and send the batch again");
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO value_revision (" + REVISION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", superseded, BATCH, JdbcValues::setRevision);
    }

    @Override
    public List<ValueRevision> find(ValueFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "SELECT " + REVISION_COLUMNS + " FROM current_value WHERE " + matching(filter, parameters)
                + " ORDER BY indicator_code, county_code, period_start, period";
        return named.query(sql, parameters, JdbcValues::revision);
    }

    /** Along the index {@code current_value_by_change}: a part of any size reads only its own rows. */
    @Override
    public List<ValueRevision> changedSince(ValueFilter filter, Instant after, Instant fromReportedAt,
            ValueKey fromKey, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("after", after.atOffset(ZoneOffset.UTC))
                .addValue("limit", limit);
        StringBuilder sql = new StringBuilder("SELECT " + REVISION_COLUMNS + " FROM current_value WHERE ")
                .append(matching(filter, parameters)).append(" AND reported_at > :after");
        if (fromKey != null) {
            sql.append(" AND (reported_at, indicator_code, county_code, period) > (:fromAt, :fromIndicator, "
                    + ":fromCounty, :fromPeriod)");
            parameters.addValue("fromAt", fromReportedAt.atOffset(ZoneOffset.UTC))
                    .addValue("fromIndicator", fromKey.indicatorCode()).addValue("fromCounty", fromKey.countyCode())
                    .addValue("fromPeriod", fromKey.period().toString());
        }
        sql.append(" ORDER BY reported_at, indicator_code, county_code, period LIMIT :limit");
        return named.query(sql.toString(), parameters, JdbcValues::revision);
    }

    /** The condition of {@code filter}, its parameters added to {@code parameters}. */
    private static String matching(ValueFilter filter, MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (!filter.countyCodes().isEmpty()) {
            sql.append(" AND county_code IN (:counties)");
            parameters.addValue("counties", filter.countyCodes());
        }
        if (!filter.indicatorCodes().isEmpty()) {
            sql.append(" AND indicator_code IN (:indicators)");
            parameters.addValue("indicators", filter.indicatorCodes());
        }
        if (!filter.periods().isEmpty()) {
            sql.append(" AND period IN (:periods)");
            parameters.addValue("periods", filter.periods().stream().map(Period::toString).toList());
        }
        if (filter.source() != null) {
            sql.append(" AND source = :source");
            parameters.addValue("source", filter.source());
        }
        return sql.toString();
    }

    @Override
    public List<ValueRevision> history(ValueKey key) {
        String ofKey = " WHERE county_code = ? AND indicator_code = ? AND period = ?";
        return jdbc.query("SELECT " + REVISION_COLUMNS + " FROM value_revision" + ofKey + " UNION ALL SELECT "
                + REVISION_COLUMNS + " FROM current_value" + ofKey + " ORDER BY revision", JdbcValues::revision,
                key.countyCode(), key.indicatorCode(), key.period().toString(), key.countyCode(),
                key.indicatorCode(), key.period().toString());
    }

    @Override
    public boolean hasValues(String indicatorCode) {
        return !jdbc.queryForList("SELECT 1 FROM current_value WHERE indicator_code = ? LIMIT 1", Integer.class,
                indicatorCode).isEmpty();
    }

    /** Sets the key's columns from {@code index} on; answers the next index. */
    private static int key(PreparedStatement ps, int index, ValueRevision r) throws SQLException {
        ps.setString(index, r.key().countyCode());
        ps.setString(index + 1, r.key().indicatorCode());
        ps.setString(index + 2, r.key().period().toString());
        return index + 3;
    }

    /** Sets the {@link #REVISION_COLUMNS} from the first parameter on; answers the next index. */
    private static int setRevision(PreparedStatement ps, ValueRevision r) throws SQLException {
        int next = key(ps, 1, r);
        ps.setInt(next, r.revision());
        ps.setBigDecimal(next + 1, r.value());
        ps.setBigDecimal(next + 2, r.previousValue());
        return figureNotes(ps, next + 3, r);
    }

    /** Sets what is said of a figure (note, source, reason, who: agency and person, and when) from {@code index} on. */
    private static int figureNotes(PreparedStatement ps, int index, ValueRevision r) throws SQLException {
        ps.setString(index, r.note());
        ps.setString(index + 1, r.source());
        ps.setString(index + 2, r.reason());
        ps.setString(index + 3, r.reportedBy().agency());
        ps.setString(index + 4, r.reportedBy().person());
        ps.setObject(index + 5, r.reportedAt().atOffset(ZoneOffset.UTC));
        return index + 6;
    }

    private static ValueRevision revision(ResultSet rs, int row) throws SQLException {
        return new ValueRevision(new ValueKey(rs.getString("county_code"), rs.getString("indicator_code"),
                Period.parse("period", rs.getString("period"))), rs.getInt("revision"),
                Decimals.normalize(rs.getBigDecimal("figure")), Decimals.normalize(rs.getBigDecimal("previous_value")),
                rs.getString("note"), rs.getString("source"), rs.getString("reason"),
                new Actor(rs.getString("reported_by"), rs.getString("person")),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant());
    }
}
