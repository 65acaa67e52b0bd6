package zone.xianggan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.schema.ModuleSchema;

/** The {@code zone_outbox} table. */
class OutboxRepository {

    private static final RowMapper<StoredEvent> STORED = (rs, n) -> new StoredEvent(rs.getLong("id"),
            new OutgoingEvent(rs.getObject("event_id", UUID.class),
                    EventType.ofCeType(rs.getString("event_type")).orElseThrow(),
                    rs.getString("message_key"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("payload").getBytes(StandardCharsets.UTF_8)));

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc, ModuleSchema schema) {
        this.jdbc = jdbc;
    }

    void insert(List<OutgoingEvent> events) {
        jdbc.batchUpdate("""
                INSERT INTO zone_outbox (event_id, event_type, message_key, occurred_at, payload)
                VALUES (?, ?, ?, ?, ?)""", events, 1000, (ps, event) -> {
            ps.setObject(1, event.id());
            ps.setString(2, event.type().ceType());
            ps.setString(3, event.key());
            ps.setObject(4, event.occurredAt().atOffset(ZoneOffset.UTC));
            ps.setString(5, new String(event.data(), StandardCharsets.UTF_8));
        });
    }

    /**
     * The oldest unpublished events, locked until the caller's transaction ends, so that two relays (two instances
     * of a service) never publish the same events out of order.
     */
    List<StoredEvent> lockOldestPending(int limit) {
        return jdbc.query("""
                SELECT id, event_id, event_type, message_key, occurred_at, payload
                FROM zone_outbox WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE""", STORED, limit);
    }

    void markPublished(List<StoredEvent> events, Instant at) {
        jdbc.batchUpdate("UPDATE zone_outbox SET published_at = ?, attempts = attempts + 1 WHERE id = ?", events,
                1000, (ps, event) -> {
                    ps.setObject(1, at.atOffset(ZoneOffset.UTC));
                    ps.setLong(2, event.id());
                });
    }

    void recordFailure(StoredEvent event, String error) {
        String truncated = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        jdbc.update("UPDATE zone_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", truncated,
                event.id());
    }

    long countPending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM zone_outbox WHERE published_at IS NULL", Long.class);
    }

    Optional<Instant> oldestPending() {
        Timestamp oldest = jdbc.queryForObject("SELECT MIN(occurred_at) FROM zone_outbox WHERE published_at IS NULL",
                Timestamp.class);
        return Optional.ofNullable(oldest).map(Timestamp::toInstant);
    }

    int deletePublishedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM zone_outbox WHERE published_at < ?", cutoff.atOffset(ZoneOffset.UTC));
    }

    record StoredEvent(long id, OutgoingEvent event) {
    }
}
