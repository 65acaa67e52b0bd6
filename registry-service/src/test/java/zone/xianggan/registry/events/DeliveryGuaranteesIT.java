package zone.xianggan.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.localstack.KafkaBroker;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.registry.RegistryApplication;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.TestDatabase;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * Nothing accepted is lost: a write accepted while Kafka is down reaches Kafka once it is back, and one committed
 * by a service that stopped before publishing it reaches Kafka when the service starts again. Kafka here is a real
 * broker in its own process (Apache Kafka's own code, KRaft), stopped and started on the same data.
 */
class DeliveryGuaranteesIT {

    private static final Predicate<ConsumerRecord<String, byte[]>> REGISTRATIONS = ofType(
            EventType.COUNTY_REGISTERED.ceType());

    @TempDir
    Path kafkaData;

    KafkaBroker kafka;
    TestDatabase database;
    ConfigurableApplicationContext registry;
    TopicRecorder topic;

    @BeforeEach
    void startKafka() {
        kafka = KafkaBroker.onFreePorts(kafkaData).start();
        database = TestDatabase.fresh("delivery");
        topic = TopicRecorder.record(kafka.bootstrapServers(), Topics.REGISTRY_COUNTIES_V1);
    }

    @AfterEach
    void stopAll() {
        topic.close();
        if (registry != null) {
            registry.close();
        }
        kafka.stop();
    }

    @Test
    void aWriteAcceptedWhileKafkaIsDownReachesKafkaWhenItIsBack() {
        registry = startRegistry();
        awaitSeedPublished();

        kafka.stop();
        ZoneHttp.Response accepted = http().put("/api/v1/counties/360922", """
                {"nameZh":"万载县","nameEn":"Wanzai County","kind":"COUNTY"}""", "If-Match", "\"1\"");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Prometheus.scrape(http()).sum("zone_outbox_backlog")).isGreaterThanOrEqualTo(1);
            assertThat(Prometheus.scrape(http()).sum("zone_outbox_publish_failures_total")).isGreaterThanOrEqualTo(1);
        });

        kafka.start();

        ConsumerRecord<String, byte[]> record = topic.awaitRecord(Duration.ofSeconds(60),
                keyed("360922").and(ofType(EventType.COUNTY_UPDATED.ceType())));
        ZoneEventAssertions.assertValidZoneEvent(record, "/xianggan/registry-service");
        assertThat(EventJson.read(record.value(), CountySnapshot.class).version()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Prometheus.scrape(http()).sum("zone_outbox_backlog"))
                .isZero());
    }

    @Test
    void aRestartedRegistryPublishesWhatItCommittedBeforeWithoutSeedingAgain() {
        registry = startRegistry();
        awaitSeedPublished();

        kafka.stop();
        assertThat(http().put("/api/v1/counties/360926", """
                {"nameZh":"铜鼓县","nameEn":"Tonggu County","kind":"COUNTY"}""", "If-Match", "\"1\"").status())
                .isEqualTo(200);
        registry.close();
        registry = null;
        assertThat(topic.records(keyed("360926").and(ofType(EventType.COUNTY_UPDATED.ceType())))).isEmpty();

        kafka.start();
        registry = startRegistry();

        ConsumerRecord<String, byte[]> record = topic.awaitRecord(Duration.ofSeconds(60),
                keyed("360926").and(ofType(EventType.COUNTY_UPDATED.ceType())));
        assertThat(EventJson.read(record.value(), CountySnapshot.class).nameEn()).isEqualTo("Tonggu County");
        ZoneHttp.Response counties = http().get("/api/v1/counties");
        assertThat(counties.<List<String>>json("$[*].code")).hasSize(24).doesNotHaveDuplicates();
        assertThat(http().get("/api/v1/counties/430181/history").<List<String>>json("$[*].changeType"))
                .containsExactly("SEEDED");
        assertThat(topic.events(REGISTRATIONS)).as("one registration per unit, whatever was sent twice")
                .extracting(ConsumerRecord::key).hasSize(24).doesNotHaveDuplicates();
    }

    private ConfigurableApplicationContext startRegistry() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--zone.outbox.poll-interval=200ms",
                "--zone.outbox.max-backoff=1s", "--zone.identity.issuer=" + ZoneIssuer.shared().issuer()));
        database.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(RegistryApplication.class).run(arguments.toArray(String[]::new));
    }

    private void awaitSeedPublished() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.events(REGISTRATIONS))
                .as(() -> "the seed's registrations: " + topic.describe(REGISTRATIONS) + "; " + outbox())
                .extracting(ConsumerRecord::key).hasSize(24).doesNotHaveDuplicates());
    }

    /** The relay's own account, for a failure message: it must not fail the wait itself. */
    private String outbox() {
        try {
            Prometheus metrics = Prometheus.scrape(http());
            return "outbox backlog " + metrics.sum("zone_outbox_backlog") + ", failed attempts "
                    + metrics.sum("zone_outbox_publish_failures_total");
        } catch (RuntimeException e) {
            return "outbox metrics unavailable: " + e;
        }
    }

    private ZoneHttp http() {
        return ZoneHttp.at("http://127.0.0.1:" + registry.getEnvironment().getProperty("local.server.port"))
                .as("zone-office/tester");
    }
}
