package zone.xianggan.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.schema.ModuleSchema;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * The {@code zone_outbox} table: a row per event, or for a transaction that stores several, a row per
 * {@link OutboxBundle} of them; each row with the trace context of the change its events report, where there is one.
 */
class OutboxRepository {

    private static final int ID_CHUNK = 500;

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc, ModuleSchema schema) {
        this.jdbc = jdbc;
    }

    /** Stores the events of one transaction, which all occurred at the same instant, in order. */
    void insert(List<OutgoingEvent> events) {
        insert(StoredEvents.of(events));
    }

    /** Stores events already packed and compressed, as {@link StoredEvents#of} makes them, in order. */
    void insert(StoredEvents events) {
        String traceparent = events.trace() == null ? null : events.trace().traceparent();
        String tracestate = events.trace() == null ? null : events.trace().tracestate();
        if (events.single() != null) {
            OutgoingEvent event = events.single();
            jdbc.update("""
                    INSERT INTO zone_outbox (event_id, event_type, message_key, occurred_at, payload_bytes,
                                             traceparent, tracestate)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", event.id(), event.type().ceType(), event.key(),
                    event.occurredAt().atOffset(ZoneOffset.UTC), event.data(), traceparent, tracestate);
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO zone_outbox (occurred_at, payload_bytes, payload_compression, event_count, traceparent,
                                         tracestate)
                VALUES (?, ?, ?, ?, ?, ?)""", events.bundles(), OutboxBundle.MAX_EVENTS, (ps, bundle) -> {
                    ps.setObject(1, events.occurredAt().atOffset(ZoneOffset.UTC));
                    ps.setBytes(2, bundle.payload());
                    ps.setString(3, BundleCompression.LZ4);
                    ps.setInt(4, bundle.events());
                    ps.setString(5, traceparent);
                    ps.setString(6, tracestate);
                });
    }

    /**
     * Takes the relay's turn until the caller's transaction ends: relays of several instances of a service then
     * publish one after the other, each from where the last stopped, and never the same events out of order.
     */
    void takeRelayTurn() {
        jdbc.queryForList("SELECT id FROM zone_outbox_relay WHERE id = 1 FOR UPDATE", Integer.class);
    }

    /**
     * The oldest rows not yet wholly acknowledged by Kafka, in the order they were stored, as many as hold
     * {@code events} events not yet acknowledged (at least one row). One query reads them, with the payloads of
     * single events; the payloads of bundles, up to {@link OutboxBundle#MAX_BYTES} each, are read by a second only
     * for the bundles that will be sent, so that a long backlog of bundles is never read whole.
     */
    List<PendingRow> oldestPending(int events) {
        List<PendingRow> rows = new ArrayList<>();
        List<Long> bundles = new ArrayList<>();
        jdbc.query("""
                SELECT id, event_id, event_type, message_key, occurred_at, event_count, published_count, traceparent,
                       tracestate, CASE WHEN event_count = 1 THEN payload_bytes END AS single_bytes
                FROM zone_outbox ORDER BY id LIMIT ?""", (ResultSet rs) -> {
            int taken = 0;
            while (taken < events && rs.next()) {
                PendingRow row = row(rs);
                rows.add(row);
                taken += row.eventCount() - row.published();
                if (row.eventCount() > 1) {
                    bundles.add(row.id());
                }
            }
            return null;
        }, events);
        if (bundles.isEmpty()) {
            return rows;
        }
        Map<Long, List<OutgoingEvent>> unpacked = new HashMap<>();
        for (List<Long> chunk : chunks(bundles)) {
            jdbc.query("SELECT id, occurred_at, payload_bytes, payload_compression, traceparent, tracestate "
                    + "FROM zone_outbox WHERE id IN (" + placeholders(chunk) + ")", (ResultSet rs) -> {
                        Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
                        unpacked.put(rs.getLong("id"), OutboxBundle.unpack(BundleCompression.decompress(
                                rs.getBytes("payload_bytes"), rs.getString("payload_compression")), occurredAt,
                                trace(rs)));
                    }, chunk.toArray());
        }
        return rows.stream().map(row -> row.eventCount() > 1 ? row.withEvents(unpacked.get(row.id())) : row)
                .toList();
    }

    /** Removes rows whose every event Kafka has acknowledged: one statement per chunk of ids. */
    void deletePublished(List<PendingRow> rows) {
        for (List<Long> chunk : chunks(rows.stream().map(PendingRow::id).toList())) {
            jdbc.update("DELETE FROM zone_outbox WHERE id IN (" + placeholders(chunk) + ")", chunk.toArray());
        }
    }

    /** Records a failed attempt on a row, and how many more of its events Kafka acknowledged before it. */
    void recordFailure(PendingRow row, int newlyPublished, String error) {
        String truncated = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        jdbc.update("""
                UPDATE zone_outbox SET published_count = published_count + ?, attempts = attempts + 1,
                last_error = ? WHERE id = ?""", newlyPublished, truncated, row.id());
    }

    /** Events stored and not yet acknowledged by Kafka. */
    long countPending() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(event_count - published_count), 0) FROM zone_outbox",
                Long.class);
    }

    Optional<Instant> oldestPending() {
        return jdbc.query("SELECT occurred_at FROM zone_outbox ORDER BY id LIMIT 1",
                (rs, n) -> rs.getObject("occurred_at", OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    /** A row as read: a single event whole; a bundle without its events, which {@link PendingRow#withEvents} adds. */
    private static PendingRow row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        int eventCount = rs.getInt("event_count");
        int published = rs.getInt("published_count");
        if (eventCount > 1) {
            return new PendingRow(id, occurredAt, eventCount, List.of(), published);
        }
        byte[] data = rs.getBytes("single_bytes");
        return new PendingRow(id, occurredAt, 1, List.of(new OutgoingEvent(rs.getObject("event_id", UUID.class),
                EventType.ofCeType(rs.getString("event_type")).orElseThrow(), rs.getString("message_key"),
                occurredAt, data, trace(rs))), published);
    }

    /** The row's trace context; none for a row stored outside any trace. */
    private static EventTrace trace(ResultSet rs) throws SQLException {
        return EventTrace.of(rs.getString("traceparent"), rs.getString("tracestate"));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + ID_CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(List<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    /**
     * A stored row: its events in order, of which the first {@code published} were acknowledged by Kafka on an
     * earlier attempt.
     */
    record PendingRow(long id, Instant occurredAt, int eventCount, List<OutgoingEvent> events, int published) {

        PendingRow withEvents(List<OutgoingEvent> bundled) {
            return new PendingRow(id, occurredAt, eventCount, bundled, published);
        }

        List<OutgoingEvent> unpublished() {
            return events.subList(published, events.size());
        }
    }
}
