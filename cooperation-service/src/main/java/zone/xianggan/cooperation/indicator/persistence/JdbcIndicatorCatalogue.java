package zone.xianggan.cooperation.indicator.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import zone.xianggan.cooperation.indicator.application.IndicatorCatalogue;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.platform.events.EventJson;

/** The {@code indicator_replica} table. */
@Repository
class JdbcIndicatorCatalogue implements IndicatorCatalogue {

    private static final RowMapper<IndicatorSnapshot> SNAPSHOT = (rs, n) -> EventJson.read(
            rs.getString("snapshot").getBytes(StandardCharsets.UTF_8), IndicatorSnapshot.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcIndicatorCatalogue(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<IndicatorSnapshot> find(String code) {
        return jdbc.query("SELECT snapshot FROM indicator_replica WHERE code = ?", SNAPSHOT, code).stream()
                .findFirst();
    }

    @Override
    public List<IndicatorSnapshot> findAll() {
        return jdbc.query("SELECT snapshot FROM indicator_replica ORDER BY code", SNAPSHOT);
    }

    @Override
    public boolean storeIfNewer(IndicatorSnapshot snapshot, String eventId) {
        Object[] row = { snapshot.version(), snapshot.status(), EventJson.writeString(snapshot), eventId,
                clock.instant().atOffset(ZoneOffset.UTC), snapshot.code() };
        if (jdbc.update("""
                UPDATE indicator_replica SET version = ?, status = ?, snapshot = ?, event_id = ?, applied_at = ?
                WHERE code = ? AND version < ?""", append(row, snapshot.version())) == 1) {
            return true;
        }
        if (find(snapshot.code()).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO indicator_replica (version, status, snapshot, event_id, applied_at, code) "
                + "VALUES (?, ?, ?, ?, ?, ?)", row);
        return true;
    }

    @Override
    public boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM indicator_replica", Long.class) == 0;
    }

    private static Object[] append(Object[] row, Object last) {
        Object[] longer = java.util.Arrays.copyOf(row, row.length + 1);
        longer[row.length] = last;
        return longer;
    }
}
