package zone.xianggan.platform.replica;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import zone.xianggan.platform.events.EventJson;

/**
 * A table holding the latest snapshot of each key of a topic another service owns ({@code code, version, status,
 * snapshot, event_id, applied_at}), as every replica of the zone keeps one: the registry replica's counties,
 * cooperation's indicator catalogue. A snapshot replaces the one held only if its version is higher, so a
 * duplicate or an older event arriving late changes nothing and redelivery is harmless.
 *
 * @param <T> the snapshot, as its event carries it
 */
public final class SnapshotTable<T> {

    private final JdbcTemplate jdbc;
    private final String table;
    private final Function<T, String> code;
    private final ToLongFunction<T> version;
    private final Function<T, String> status;
    private final RowMapper<T> snapshots;

    /**
     * @param table a table name the service's own migration creates (never input): it is written into the SQL
     */
    public SnapshotTable(JdbcTemplate jdbc, String table, Class<T> type, Function<T, String> code,
            ToLongFunction<T> version, Function<T, String> status) {
        this.jdbc = jdbc;
        this.table = table;
        this.code = code;
        this.version = version;
        this.status = status;
        this.snapshots = (rs, n) -> EventJson.read(rs.getString("snapshot").getBytes(StandardCharsets.UTF_8), type);
    }

    public Optional<T> find(String key) {
        return jdbc.query("SELECT snapshot FROM " + table + " WHERE code = ?", snapshots, key).stream().findFirst();
    }

    public List<T> findAll() {
        return jdbc.query("SELECT snapshot FROM " + table + " ORDER BY code", snapshots);
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Holds the snapshot if none of its key is held or its version is higher; false if it changed nothing. */
    public boolean storeIfNewer(T snapshot, String eventId, Instant appliedAt) {
        String json = EventJson.writeString(snapshot);
        long newVersion = version.applyAsLong(snapshot);
        if (jdbc.update("UPDATE " + table + " SET version = ?, status = ?, snapshot = ?, event_id = ?, applied_at = ? "
                + "WHERE code = ? AND version < ?", newVersion, status.apply(snapshot), json, eventId,
                appliedAt.atOffset(ZoneOffset.UTC), code.apply(snapshot), newVersion) == 1) {
            return true;
        }
        if (find(code.apply(snapshot)).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO " + table + " (code, version, status, snapshot, event_id, applied_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", code.apply(snapshot), newVersion, status.apply(snapshot), json, eventId,
                appliedAt.atOffset(ZoneOffset.UTC));
        return true;
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM " + table);
    }
}
