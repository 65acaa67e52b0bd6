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
import zone.xianggan.testsupport.TestDatabase;

/**
 * Events stored as text before V4 (the outbox now stores bytes) are still published after the upgrade, whole and
 * in order, before the events stored after it: an upgrade never loses what a service accepted.
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

        OutboxRepository repository = new OutboxRepository(jdbc, ModuleSchema.migrate(dataSource, "zone-outbox"));
        OutgoingEvent after = new OutgoingEvent(UUID.randomUUID(), EventType.VALUE_REPORTED, "430223",
                BEFORE.plusSeconds(60), "{\"note\":\"攸县\"}".getBytes(StandardCharsets.UTF_8));
        repository.insert(List.of(after));

        List<OutgoingEvent> pending = repository.oldestPending(100).stream()
                .flatMap(row -> row.unpublished().stream()).toList();
        assertThat(pending).extracting(OutgoingEvent::id).containsExactly(single, second, third, after.id());
        assertThat(pending).extracting(OutgoingEvent::key).containsExactly("430181", "430281", "360302", "430223");
        assertThat(pending).extracting(event -> new String(event.data(), StandardCharsets.UTF_8))
                .containsExactly(singleData, secondData, "{\"value\":1E+3}", "{\"note\":\"攸县\"}");
        assertThat(repository.countPending()).isEqualTo(4);
    }

    /** An event as OutboxBundle wrote it before V4. */
    private static String textEvent(UUID id, String key, String data) {
        return id + " " + REPORTED + " " + key.length() + " " + data.length() + "\n" + key + data + "\n";
    }
}
