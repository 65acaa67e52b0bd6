package zone.xianggan.replica;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.schema.ModuleSchema;

/** The {@code county_replica} table. */
class ReplicaRepository {

    private static final RowMapper<CountySnapshot> SNAPSHOT = (rs, n) -> EventJson.read(
            rs.getString("snapshot").getBytes(StandardCharsets.UTF_8), CountySnapshot.class);

    private final JdbcTemplate jdbc;

    ReplicaRepository(JdbcTemplate jdbc, ModuleSchema schema) {
        this.jdbc = jdbc;
    }

    Optional<CountySnapshot> find(String code) {
        return jdbc.query("SELECT snapshot FROM county_replica WHERE code = ?", SNAPSHOT, code).stream().findFirst();
    }

    List<CountySnapshot> findAll() {
        return jdbc.query("SELECT snapshot FROM county_replica ORDER BY code", SNAPSHOT);
    }

    /**
     * Changes whenever a county is added, replaced (its version rises) or removed. Read before the rows, so that a
     * change between the two reads makes the next fingerprint differ and the rows be read again.
     */
    Fingerprint fingerprint() {
        // Summed as a 38-digit decimal: versions are 64-bit, and their sum may not fit in 64 bits.
        return jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CAST(version AS DECIMAL(38, 0))), 0) FROM county_replica""",
                (rs, n) -> new Fingerprint(rs.getLong(1), rs.getBigDecimal(2)));
    }

    boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM county_replica", Long.class) == 0;
    }

    long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM county_replica", Long.class);
    }

    void insert(CountySnapshot snapshot, String eventId, Instant appliedAt) {
        jdbc.update("""
                INSERT INTO county_replica (code, version, status, snapshot, event_id, applied_at)
                VALUES (?, ?, ?, ?, ?, ?)""", snapshot.code(), snapshot.version(), snapshot.status(),
                EventJson.writeString(snapshot), eventId, appliedAt.atOffset(ZoneOffset.UTC));
    }

    /** Replaces the held snapshot only if the new one is newer; false if it was not. */
    boolean replaceIfNewer(CountySnapshot snapshot, String eventId, Instant appliedAt) {
        return jdbc.update("""
                UPDATE county_replica SET version = ?, status = ?, snapshot = ?, event_id = ?, applied_at = ?
                WHERE code = ? AND version < ?""", snapshot.version(), snapshot.status(),
                EventJson.writeString(snapshot), eventId, appliedAt.atOffset(ZoneOffset.UTC), snapshot.code(),
                snapshot.version()) == 1;
    }

    void deleteAll() {
        jdbc.update("DELETE FROM county_replica");
    }

    record Fingerprint(long rows, BigDecimal versions) {
    }
}
