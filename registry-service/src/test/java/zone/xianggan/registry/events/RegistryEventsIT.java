package zone.xianggan.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/** What a subscriber of registry.counties.v1 sees. */
@ZoneServiceTest
@DirtiesContext
class RegistryEventsIT {

    private static final String SOURCE = "/xianggan/registry-service";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    ZoneHttp http;
    TopicRecorder topic;

    @BeforeEach
    void subscribe() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/tester");
        topic = TopicRecorder.record(kafka.getBrokersAsString(), Topics.REGISTRY_COUNTIES_V1);
    }

    @AfterEach
    void unsubscribe() {
        topic.close();
    }

    @Test
    void theFirstSeedPublishesEveryUnitsSnapshotAsAValidCloudEvent() {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> topic.events(ofType(EventType.COUNTY_REGISTERED.ceType())).size() >= 24);

        List<ConsumerRecord<String, byte[]>> registered = topic.events(ofType(EventType.COUNTY_REGISTERED.ceType()));
        assertThat(registered).extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(24);
        registered.forEach(record -> {
            ZoneEventAssertions.assertValidZoneEvent(record, SOURCE);
            CountySnapshot snapshot = EventJson.read(record.value(), CountySnapshot.class);
            assertThat(snapshot.code()).isEqualTo(record.key());
            assertThat(snapshot.version()).isEqualTo(1);
            assertThat(http.get("/api/v1/counties/" + snapshot.code()).<String>json("$.nameZh"))
                    .isEqualTo(snapshot.nameZh());
        });
    }

    @Test
    void anUpdatePublishesTheWholeSnapshotWithItsNewVersionKeyedByCode() {
        http.put("/api/v1/counties/430281", """
                {"nameZh":"醴陵市","nameEn":"Liling City","kind":"COUNTY_LEVEL_CITY"}""", "If-Match", "\"1\"");

        ConsumerRecord<String, byte[]> record = topic.awaitRecord(
                keyed("430281").and(ofType(EventType.COUNTY_UPDATED.ceType())));

        assertThat(ZoneEventAssertions.assertValidZoneEvent(record, SOURCE)).isEqualTo(EventType.COUNTY_UPDATED);
        CountySnapshot snapshot = EventJson.read(record.value(), CountySnapshot.class);
        assertThat(snapshot.version()).isEqualTo(2);
        assertThat(snapshot.nameEn()).isEqualTo("Liling City");
        assertThat(snapshot.clusters()).containsExactly("liuyang-liling-shangli-xiangdong-anyuan-luxi");
        assertThat(ZoneEventAssertions.header(record, "ce_subject")).isEqualTo("430281");
    }

    @Test
    void aRetirementIsPublishedAsCountyRetiredAfterTheUnitsRegistration() {
        http.post("/api/v1/counties", """
                {"code":"360428","nameZh":"都昌县","nameEn":"Duchang","kind":"COUNTY"}""");
        http.post("/api/v1/counties/360428/retirement", """
                {"successorCode":"360424","reason":"test"}""", "If-Match", "\"1\"");

        ConsumerRecord<String, byte[]> retired = topic.awaitRecord(
                keyed("360428").and(ofType(EventType.COUNTY_RETIRED.ceType())));

        ZoneEventAssertions.assertValidZoneEvent(retired, SOURCE);
        CountySnapshot snapshot = EventJson.read(retired.value(), CountySnapshot.class);
        assertThat(snapshot.status()).isEqualTo("RETIRED");
        assertThat(snapshot.successorCode()).isEqualTo("360424");
        assertThat(snapshot.version()).isEqualTo(2);
        assertThat(topic.records(keyed("360428"))).extracting(r -> EventJson.read(r.value(),
                CountySnapshot.class).version()).containsExactly(1L, 2L);
    }

    @Test
    void everyRecordOnTheTopicIsAValidZoneEvent() {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.records().size() >= 24);

        topic.records().forEach(record -> ZoneEventAssertions.assertValidZoneEvent(record, SOURCE));
    }
}
