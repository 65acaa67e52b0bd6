package zone.xianggan.replica;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.replica.SnapshotTable;
import zone.xianggan.platform.schema.ModuleSchema;

/** The {@code county_replica} table: a {@link SnapshotTable} of county snapshots, and its fingerprint. */
class ReplicaRepository {

    private final JdbcTemplate jdbc;
    private final SnapshotTable<CountySnapshot> counties;

    /** @param schema migrated before the repository is made, so that the table exists */
    ReplicaRepository(JdbcTemplate jdbc, ModuleSchema schema) {
        this.jdbc = jdbc;
        this.counties = new SnapshotTable<>(jdbc, "county_replica", CountySnapshot.class, CountySnapshot::code,
                CountySnapshot::version, CountySnapshot::status);
    }

    Optional<CountySnapshot> find(String code) {
        return counties.find(code);
    }

    List<CountySnapshot> findAll() {
        return counties.findAll();
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
        return counties.isEmpty();
    }

    long count() {
        return counties.count();
    }

    /** False if the snapshot is not newer than the one held. */
    boolean storeIfNewer(CountySnapshot snapshot, String eventId, Instant appliedAt) {
        return counties.storeIfNewer(snapshot, eventId, appliedAt);
    }

    void deleteAll() {
        counties.deleteAll();
    }

    record Fingerprint(long rows, BigDecimal versions) {
    }
}
