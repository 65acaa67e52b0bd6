package zone.xianggan.subscriber.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;

class ZoneEventReaderTest {

    private static final String LIUYANG = """
            {"code":"430181","nameZh":"浏阳市","nameEn":"Liuyang City","kind":"COUNTY_LEVEL_CITY",
             "provinceCode":"430000","prefectureCode":"430100","clusters":[],"spatialElements":[],
             "status":"ACTIVE","successorCode":null,"retiredOn":null,"version":2,
             "changedAt":"2026-11-28T14:00:37.479Z"}""";

    @Test
    void aZoneEventIsReadIntoItsTypesRecord() {
        ZoneEvent event = ZoneEventReader.read(record(Topics.REGISTRY_COUNTIES_V1, "/xianggan/registry-service",
                EventType.COUNTY_UPDATED.ceType(), LIUYANG));

        assertThat(event.id()).isEqualTo("019ad0b1-5b2f-7c3e-9a43-1c2b8f1e2d7a");
        assertThat(event.type()).isEqualTo(EventType.COUNTY_UPDATED);
        assertThat(event.data()).isInstanceOfSatisfying(CountySnapshot.class,
                county -> assertThat(county.version()).isEqualTo(2));
    }

    @Test
    void aPropertyAddedToTheDataAfterThisSubscriberWasBuiltIsIgnored() {
        ZoneEvent event = ZoneEventReader.read(record(Topics.REGISTRY_COUNTIES_V1, "/xianggan/registry-service",
                EventType.COUNTY_UPDATED.ceType(), LIUYANG.replace("\"version\":2", "\"version\":2,\"area\":5007")));

        assertThat(event.data()).isInstanceOf(CountySnapshot.class);
    }

    @Test
    void dataThatBreaksItsSchemaCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> noVersion = record(Topics.REGISTRY_COUNTIES_V1, "/xianggan/registry-service",
                EventType.COUNTY_UPDATED.ceType(), LIUYANG.replace("\"version\":2,", ""));

        assertThatThrownBy(() -> ZoneEventReader.read(noVersion))
                .isInstanceOf(UnprocessableEventException.class).hasMessageContaining("version");
    }

    @Test
    void dataThatIsNotJsonCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> notJson = record(Topics.REGISTRY_COUNTIES_V1, "/xianggan/registry-service",
                EventType.COUNTY_UPDATED.ceType(), "430181,Liuyang");

        assertThatThrownBy(() -> ZoneEventReader.read(notJson)).isInstanceOf(UnprocessableEventException.class);
    }

    @Test
    void aTypeTheZoneDoesNotPublishCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> unknown = record(Topics.REGISTRY_COUNTIES_V1, "/xianggan/registry-service",
                "zone.registry.county.renamed.v1", LIUYANG);

        assertThatThrownBy(() -> ZoneEventReader.read(unknown))
                .isInstanceOf(UnprocessableEventException.class).hasMessageContaining("renamed");
    }

    @Test
    void aTypeOfAnotherTopicCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> misplaced = record(Topics.INDICATORS_VALUES_V1, "/xianggan/indicators-service",
                EventType.COUNTY_UPDATED.ceType(), LIUYANG);

        assertThatThrownBy(() -> ZoneEventReader.read(misplaced)).isInstanceOf(UnprocessableEventException.class);
    }

    @Test
    void anEventFromAnotherSourceThanTheTopicsOwnerCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> foreign = record(Topics.REGISTRY_COUNTIES_V1, "/xianggan/indicators-service",
                EventType.COUNTY_UPDATED.ceType(), LIUYANG);

        assertThatThrownBy(() -> ZoneEventReader.read(foreign))
                .isInstanceOf(UnprocessableEventException.class).hasMessageContaining("only /xianggan/registry-service");
    }

    @Test
    void aRecordWithoutCloudEventHeadersCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> plain = new ConsumerRecord<>(Topics.REGISTRY_COUNTIES_V1, 0, 0, "430181",
                LIUYANG.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ZoneEventReader.read(plain)).isInstanceOf(UnprocessableEventException.class);
    }

    @Test
    void aTombstoneCanNeverBeProcessed() {
        ConsumerRecord<String, byte[]> tombstone = new ConsumerRecord<>(Topics.REGISTRY_COUNTIES_V1, 0, 0, "430181",
                null);

        assertThatThrownBy(() -> ZoneEventReader.read(tombstone)).isInstanceOf(UnprocessableEventException.class);
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String source, String type, String json) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0, "430181",
                json.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", "019ad0b1-5b2f-7c3e-9a43-1c2b8f1e2d7a");
        header(record, "ce_source", source);
        header(record, "ce_type", type);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
