package zone.xianggan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.schema.ModuleSchema;
import zone.xianggan.platform.tracing.EventTrace;
import zone.xianggan.testsupport.TestDatabase;

/**
 * Events stored as text before V4, bundles stored uncompressed before V5, and events stored without a trace context
 * before V6 are still published after the upgrade, whole and in order, before the events stored after it: an upgrade
 * never loses what a service accepted.
 */
class OutboxUpgradeIT {

    private static final Instant BEFORE = Instant.parse("2026-11-30T08:00:00Z");
    private static final String REPORTED = EventType.VALUE_REPORTED.ceType();

    @Test
    void eventsStoredAsTextBeforeTheUpgradeArePublishedWholeAndInOrder() {
        TestDatabase database = TestDatabase.fresh("outbox-upgrade");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
                database.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/zone-outbox")
                .table("flyway_history_zone_outbox").target("3").load().migrate();
        UUID single = UUID.randomUUID();
        String singleData = "{\"countyCode\":\"430181\",\"note\":\"浏阳市统计局\"}";
        jdbc.update("""
                INSERT INTO zone_outbox (event_id, event_type, message_key, occurred_at, payload)
                VALUES (?, ?, '430181', ?, ?)""", single, REPORTED, BEFORE.atOffset(ZoneOffset.UTC), singleData);
        // A bundle of three of which Kafka acknowledged the first before the upgrade; lengths are in characters.
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        String secondData = "{\"note\":\"醴陵市\\n第二行\"}";
        String bundle = textEvent(first, "360302", "{}") + textEvent(second, "430281", secondData)
                + textEvent(third, "360302", "{\"value\":1E+3}");
        jdbc.update("""
                INSERT INTO zone_outbox (occurred_at, payload, event_count, published_count)
                VALUES (?, ?, 3, 1)""", BEFORE.atOffset(ZoneOffset.UTC), bundle);

        // Then a bundle as V4 stored it: bytes, not compressed.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/zone-outbox")
                .table("flyway_history_zone_outbox").target("4").load().migrate();
        OutgoingEvent uncompressed = event("430223", "{\"note\":\"攸县\"}", 30);
        OutgoingEvent uncompressedToo = event("430224", "{\"note\":\"茶陵县\"}", 30);
        jdbc.update("INSERT INTO zone_outbox (occurred_at, payload_bytes, event_count) VALUES (?, ?, 2)",
                BEFORE.plusSeconds(30).atOffset(ZoneOffset.UTC),
                OutboxBundle.pack(List.of(uncompressed, uncompressedToo)).getFirst().payload());

        OutboxRepository repository = new OutboxRepository(jdbc, ModuleSchema.migrate(dataSource, "zone-outbox"));
        OutgoingEvent after = event("430225", "{\"note\":\"炎陵县\"}", 60);
        EventTrace request = new EventTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "zone=1");
        OutgoingEvent compressed = traced(event("360302", "{\"value\":1}", 90), request);
        OutgoingEvent compressedToo = traced(event("360313", "{\"value\":2}", 90), request);
        repository.insert(List.of(after));
        repository.insert(List.of(compressed, compressedToo));

        List<OutgoingEvent> pending = repository.oldestPending(100).stream()
                .flatMap(row -> row.unpublished().stream()).toList();
        assertThat(pending).extracting(OutgoingEvent::id).containsExactly(single, second, third, uncompressed.id(),
                uncompressedToo.id(), after.id(), compressed.id(), compressedToo.id());
        assertThat(pending).extracting(OutgoingEvent::key).containsExactly("430181", "430281", "360302", "430223",
                "430224", "430225", "360302", "360313");
        assertThat(pending).extracting(event -> new String(event.data(), StandardCharsets.UTF_8))
                .containsExactly(singleData, secondData, "{\"value\":1E+3}", "{\"note\":\"攸县\"}",
                        "{\"note\":\"茶陵县\"}", "{\"note\":\"炎陵县\"}", "{\"value\":1}", "{\"value\":2}");
        assertThat(pending).extracting(OutgoingEvent::trace).containsExactly(null, null, null, null, null, null,
                request, request);
        assertThat(repository.countPending()).isEqualTo(8);
        assertThat(jdbc.queryForList("SELECT payload_compression FROM zone_outbox WHERE event_count > 1 ORDER BY id",
                String.class)).containsExactly(null, null, BundleCompression.LZ4);
    }

    private static OutgoingEvent event(String key, String data, int secondsAfter) {
        return new OutgoingEvent(UUID.randomUUID(), EventType.VALUE_REPORTED, key, BEFORE.plusSeconds(secondsAfter),
                data.getBytes(StandardCharsets.UTF_8));
    }

    private static OutgoingEvent traced(OutgoingEvent event, EventTrace trace) {
        return new OutgoingEvent(event.id(), event.type(), event.key(), event.occurredAt(), event.data(), trace);
    }

    /** An event as OutboxBundle wrote it before V4. */
    private static String textEvent(UUID id, String key, String data) {
        return id + " " + REPORTED + " " + key.length() + " " + data.length() + "\n" + key + data + "\n";
    }
}
