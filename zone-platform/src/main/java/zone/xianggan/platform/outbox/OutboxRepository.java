package zone.xianggan.platform.outbox;

import java.nio.charset.StandardCharsets;
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

    private static final int DELETE_CHUNK = 500;

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
     * Takes the relay's turn until the caller's transaction ends: relays of several instances of a service then
     * publish one after the other, each from where the last stopped, and never the same events out of order.
     */
    void takeRelayTurn() {
        jdbc.queryForList("SELECT id FROM zone_outbox_relay WHERE id = 1 FOR UPDATE", Integer.class);
    }

    /** The oldest events not yet acknowledged by Kafka, in the order they were stored. */
    List<StoredEvent> oldestPending(int limit) {
        return jdbc.query("""
                SELECT id, event_id, event_type, message_key, occurred_at, payload
                FROM zone_outbox ORDER BY id LIMIT ?""", STORED, limit);
    }

    /** Removes events Kafka has acknowledged: one statement per chunk of ids. */
    void deletePublished(List<StoredEvent> events) {
        for (int from = 0; from < events.size(); from += DELETE_CHUNK) {
            List<StoredEvent> chunk = events.subList(from, Math.min(events.size(), from + DELETE_CHUNK));
            String placeholders = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.update("DELETE FROM zone_outbox WHERE id IN (" + placeholders + ")",
                    chunk.stream().map(StoredEvent::id).toArray());
        }
    }

    void recordFailure(StoredEvent event, String error) {
        String truncated = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        jdbc.update("UPDATE zone_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", truncated,
                event.id());
    }

    long countPending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM zone_outbox", Long.class);
    }

    Optional<Instant> oldestPending() {
        return jdbc.query("SELECT occurred_at FROM zone_outbox ORDER BY id LIMIT 1",
                (rs, n) -> rs.getObject("occurred_at", OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    record StoredEvent(long id, OutgoingEvent event) {
    }
}
