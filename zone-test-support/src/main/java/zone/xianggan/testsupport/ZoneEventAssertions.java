package zone.xianggan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;

/**
 * Checks a record against the contract: a binary-mode CloudEvent 1.0 with the zone's attributes, keyed by its
 * subject, whose JSON data validates against the schema of its type; where it carries the trace of its change, as the
 * CloudEvents distributed-tracing extension, a W3C traceparent.
 */
public final class ZoneEventAssertions {

    private ZoneEventAssertions() {
    }

    /** Asserts the record is a valid zone event and returns its type. */
    public static EventType assertValidZoneEvent(ConsumerRecord<String, byte[]> record, String expectedSource) {
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        String id = header(record, "ce_id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(header(record, "ce_source")).isEqualTo(expectedSource);
        String ceType = header(record, "ce_type");
        assertThat(ceType).matches("^[a-z0-9]+(\\.[a-z0-9-]+)*\\.v[0-9]+$");
        assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isNotNull();
        assertThat(header(record, "ce_subject")).isEqualTo(record.key());
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        EventType type = EventType.ofCeType(ceType).orElseThrow(() -> new AssertionError("unknown type " + ceType));
        assertThat(header(record, "ce_dataschema")).isEqualTo(type.dataSchema().toString());
        assertThat(record.topic()).isEqualTo(type.topic());
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(EventSchemas.violations(type, json)).as("schema violations of %s: %s", ceType, json).isEmpty();
        String traceparent = headerOrNull(record, "ce_traceparent");
        if (traceparent != null) {
            assertThat(traceparent).as("ce_traceparent").matches("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        }
        assertThat(headerOrNull(record, "traceparent")).as("a plain traceparent beside the extension").isNull();
        return type;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        String value = headerOrNull(record, name);
        assertThat(value).as("header %s", name).isNotNull();
        return value;
    }

    /** The header's last value as UTF-8 text, or null where the record has none. */
    public static String headerOrNull(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String data(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
