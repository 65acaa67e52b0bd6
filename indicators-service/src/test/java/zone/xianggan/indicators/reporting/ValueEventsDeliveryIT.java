package zone.xianggan.indicators.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.indicators.IndicatorsApplication;
import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.localstack.KafkaBroker;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.TestDatabase;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The events of one batch travel in one outbox row; when Kafka refuses one of them part way, the events before it
 * are not sent again, and it and the rest go out, in order, once Kafka takes them. The broker is real (Apache
 * Kafka's own code in its own process); it refuses the event because the topic's largest message is lowered below
 * its size for a while, as an operator might do by mistake.
 */
class ValueEventsDeliveryIT {

    private static final String UNIT = "430181";
    private static final String CE_ID = "ce_id";

    @TempDir
    Path kafkaData;

    KafkaBroker kafka;
    ConfigurableApplicationContext indicators;
    TopicRecorder topic;

    @BeforeEach
    void start() {
        kafka = KafkaBroker.onFreePorts(kafkaData).start();
        topic = TopicRecorder.record(kafka.bootstrapServers(), Topics.INDICATORS_VALUES_V1);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--zone.outbox.poll-interval=200ms",
                "--zone.outbox.max-backoff=1s", "--zone.identity.issuer=" + ZoneIssuer.shared().issuer(),
                // Each record its own producer batch: Kafka then refuses the one oversized record alone, and the
                // records before it are acknowledged, whatever the timing.
                "--spring.kafka.producer.batch-size=1"));
        TestDatabase.fresh("value-delivery").properties()
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        indicators = new SpringApplicationBuilder(IndicatorsApplication.class).run(arguments.toArray(String[]::new));
        PlanUnits.publishAll(kafka.bootstrapServers(), http());
    }

    @AfterEach
    void stop() {
        topic.close();
        indicators.close();
        kafka.stop();
    }

    @Test
    void afterAFailurePartWayThroughABatchOnlyTheEventsNotAcknowledgedAreSentAgainInOrder() throws Exception {
        assertThat(http().post("/api/v1/values", value("2015", null)).status()).isEqualTo(201);
        topic.awaitRecord(Duration.ofSeconds(60), keyed(UNIT));
        largestMessage(2_000);

        String batch = IntStream.rangeClosed(2016, 2020)
                .mapToObj(year -> value(Integer.toString(year), year == 2018 ? "统计说明".repeat(250) : null))
                .collect(Collectors.joining(",", "[", "]"));
        ZoneHttp.Response accepted = http().post("/api/v1/values", batch);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Prometheus.scrape(http()).sum("zone_outbox_publish_failures_total")).isGreaterThanOrEqualTo(1);
            assertThat(Prometheus.scrape(http()).sum("zone_outbox_backlog")).as("2018 and after wait; 2016 and 2017 are acknowledged")
                    .isEqualTo(3);
        });
        assertThat(periods()).startsWith("2015", "2016", "2017").doesNotContain("2018");

        largestMessage(1_048_588);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Prometheus.scrape(http()).sum("zone_outbox_backlog")).isZero());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(periods()).contains("2018"));
        List<ConsumerRecord<String, byte[]>> records = topic.records(keyed(UNIT));
        Map<String, Long> copies = records.stream().collect(Collectors.groupingBy(ValueEventsDeliveryIT::ceId,
                Collectors.counting()));
        assertThat(records.stream().filter(r -> List.of("2015", "2016", "2017").contains(period(r)))
                .map(r -> copies.get(ceId(r)))).as("each event acknowledged before the refusal went once")
                .containsExactly(1L, 1L, 1L);
        List<String> periods = periods();
        // 2019 and 2020 may have been written while 2018 was refused: they are sent again after it, so that the
        // last record of each value is in the order the values were reported.
        assertThat(IntStream.rangeClosed(2016, 2020).map(year -> periods.lastIndexOf(Integer.toString(year))))
                .isSorted().doesNotContain(-1);
    }

    private void largestMessage(int bytes) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.INDICATORS_VALUES_V1);
            Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes)),
                    AlterConfigOp.OpType.SET)));
            admin.incrementalAlterConfigs(change).all().get();
            await().atMost(Duration.ofSeconds(30)).until(() -> Integer.toString(bytes).equals(admin
                    .describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()));
        }
    }

    private List<String> periods() {
        return topic.records(keyed(UNIT)).stream().map(ValueEventsDeliveryIT::period).toList();
    }

    private static String period(ConsumerRecord<String, byte[]> record) {
        return EventJson.read(record.value(), ReportedValue.class).period();
    }

    private static String ceId(ConsumerRecord<String, byte[]> record) {
        return ZoneEventAssertions.header(record, CE_ID);
    }

    private static String value(String year, String note) {
        return """
                {"countyCode":"%s","indicatorCode":"RESIDENT_POPULATION","period":"%s","value":%s%s}"""
                .formatted(UNIT, year, 1_440_000 + Integer.parseInt(year), note == null ? ""
                        : ",\"note\":\"" + note + "\"");
    }

    private ZoneHttp http() {
        return ZoneHttp.at("http://127.0.0.1:" + indicators.getEnvironment().getProperty("local.server.port"))
                .as("liuyang/chen.li");
    }
}
