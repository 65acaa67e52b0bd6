package zone.xianggan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventSources;
import zone.xianggan.events.EventType;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.tracing.CloudEventTraceHeaders;
import zone.xianggan.platform.tracing.EventTrace;
import zone.xianggan.testsupport.ZoneEventAssertions;

class CloudEventRecordsTest {

    private static final CountySnapshot LIUYANG = new CountySnapshot("430181", "浏阳市", "Liuyang",
            "COUNTY_LEVEL_CITY", "430000", "430100", List.of("chang-zhu-tan"), List.of(), CountySnapshot.ACTIVE, null,
            null, 3, Instant.parse("2025-01-01T00:00:00Z"), "hunan-drc", "li.ming");

    @Test
    void aSnapshotRoundTripsAsABinaryModeZoneEvent() {
        UUID id = UUID.randomUUID();
        ConsumerRecord<String, byte[]> record = received(CloudEventRecords.toRecord(new OutgoingEvent(id,
                EventType.COUNTY_UPDATED, "430181", Instant.now(), EventJson.write(LIUYANG)), EventSources.REGISTRY));

        ZoneEventAssertions.assertValidZoneEvent(record, EventSources.REGISTRY.toString());
        ReceivedEvent<?> event = CloudEventRecords.read(record);
        assertThat(event.id()).isEqualTo(id.toString());
        assertThat(event.type()).isEqualTo(EventType.COUNTY_UPDATED);
        assertThat(event.data()).isEqualTo(LIUYANG);
    }

    @Test
    void theTraceOfTheChangeTravelsAsTheCloudEventsDistributedTracingExtension() {
        EventTrace trace = new EventTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "zone=liuyang");
        ConsumerRecord<String, byte[]> record = received(CloudEventRecords.toRecord(new OutgoingEvent(
                UUID.randomUUID(), EventType.COUNTY_UPDATED, "430181", Instant.now(), EventJson.write(LIUYANG), trace),
                EventSources.REGISTRY));

        assertThat(ZoneEventAssertions.header(record, "ce_traceparent")).isEqualTo(trace.traceparent());
        assertThat(ZoneEventAssertions.header(record, "ce_tracestate")).isEqualTo("zone=liuyang");
        assertThat(CloudEventTraceHeaders.read(record.headers())).isEqualTo(trace);
        assertThat(CloudEventRecords.toCloudEvent(record).getExtension("traceparent")).isEqualTo(trace.traceparent());
        ZoneEventAssertions.assertValidZoneEvent(record, EventSources.REGISTRY.toString());
        assertThat(CloudEventRecords.read(record).data()).isEqualTo(LIUYANG);
    }

    @Test
    void anEventOfNoTraceOrOfATraceWithoutStateCarriesOnlyWhatItHas() {
        ConsumerRecord<String, byte[]> untraced = received(CloudEventRecords.toRecord(new OutgoingEvent(
                UUID.randomUUID(), EventType.COUNTY_UPDATED, "430181", Instant.now(), EventJson.write(LIUYANG)),
                EventSources.REGISTRY));
        ConsumerRecord<String, byte[]> stateless = received(CloudEventRecords.toRecord(new OutgoingEvent(
                UUID.randomUUID(), EventType.COUNTY_UPDATED, "430181", Instant.now(), EventJson.write(LIUYANG),
                new EventTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null)),
                EventSources.REGISTRY));

        assertThat(untraced.headers().lastHeader("ce_traceparent")).isNull();
        assertThat(untraced.headers().lastHeader("ce_tracestate")).isNull();
        assertThat(CloudEventTraceHeaders.read(untraced.headers())).isNull();
        assertThat(stateless.headers().lastHeader("ce_traceparent")).isNotNull();
        assertThat(stateless.headers().lastHeader("ce_tracestate")).isNull();
        assertThat(stateless.headers().lastHeader("traceparent")).as("no plain W3C header beside the extension")
                .isNull();
    }

    @Test
    void dataThatBreaksTheSchemaOfItsTypeIsUnreadable() {
        String withoutName = EventJson.writeString(LIUYANG).replace("\"nameEn\":\"Liuyang\",", "");
        ConsumerRecord<String, byte[]> record = received(CloudEventRecords.toRecord(new OutgoingEvent(
                UUID.randomUUID(), EventType.COUNTY_UPDATED, "430181", Instant.now(),
                withoutName.getBytes(StandardCharsets.UTF_8)), EventSources.REGISTRY));

        assertThatThrownBy(() -> CloudEventRecords.read(record)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("schema").hasMessageContaining("nameEn");
    }

    @Test
    void aRecordWithoutTheEnvelopeIsUnreadable() {
        ConsumerRecord<String, byte[]> record = received(new ProducerRecord<>("registry.counties.v1", "430181",
                "{}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> CloudEventRecords.read(record)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void anEventFromAnyoneButTheTopicsOwnerIsForeign() {
        ConsumerRecord<String, byte[]> forged = received(CloudEventRecords.toRecord(new OutgoingEvent(
                UUID.randomUUID(), EventType.COUNTY_UPDATED, "430181", Instant.now(), EventJson.write(LIUYANG)),
                EventSources.INDICATORS));

        assertThatThrownBy(() -> CloudEventRecords.read(forged)).isInstanceOf(ForeignEventException.class)
                .hasMessageContaining("/xianggan/registry-service");
    }

    @Test
    void anEventOfAnotherTopicsTypeIsForeign() {
        ProducerRecord<String, byte[]> sent = CloudEventRecords.toRecord(new OutgoingEvent(UUID.randomUUID(),
                EventType.COUNTY_UPDATED, "430181", Instant.now(), EventJson.write(LIUYANG)), EventSources.REGISTRY);
        ConsumerRecord<String, byte[]> misplaced = received(new ProducerRecord<>("indicators.values.v1", null,
                sent.key(), sent.value(), sent.headers()));

        assertThatThrownBy(() -> CloudEventRecords.read(misplaced)).isInstanceOf(ForeignEventException.class)
                .hasMessageContaining("does not belong on indicators.values.v1");
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        return new ConsumerRecord<>(sent.topic(), 0, 0, 0, TimestampType.CREATE_TIME, 0, sent.value().length,
                sent.key(), sent.value(), new RecordHeaders(sent.headers().toArray()), Optional.empty());
    }
}
