package zone.xianggan.cooperation.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.ZoneEventAssertions.header;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

import zone.xianggan.cooperation.CooperationServiceIT;
import zone.xianggan.cooperation.Feeds;
import zone.xianggan.cooperation.ProjectRequests;
import zone.xianggan.events.EventSources;
import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.events.UnreadableEventException;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp.Response;

/**
 * A value reported on {@code indicators.values.v1} for a participating unit shows in the project's outcome view as
 * soon as the service has taken it; a repeated or older revision changes nothing; the catalogue decides what new
 * outcomes may name; unreadable records are parked on the dead-letter topic.
 */
class OutcomesIT extends CooperationServiceIT {

    @Test
    void aValueReportedForAParticipatingUnitShowsInTheOutcomeView() {
        String id = propose(ProjectRequests.proposal("BUS_LINES", "430181", "360322"));
        Response before = http.get("/api/v1/projects/" + id + "/outcomes");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.<Object>json("$.outcomes[0].latest")).isNull();
        assertThat(before.<List<String>>json("$.outcomes[0].countiesWithoutValue[*].countyCode"))
                .containsExactly("430181", "360322");

        feeds.report("430181", "BUS_LINES", "2026", "3", 1);

        await().atMost(WAIT).until(() -> http.get("/api/v1/projects/" + id + "/outcomes")
                .json("$.outcomes[0].latest") != null);
        Response after = http.get("/api/v1/projects/" + id + "/outcomes");
        assertThat(after.<String>json("$.outcomes[0].latest.period")).isEqualTo("2026");
        assertThat(decimal(after.json("$.outcomes[0].latest.value"))).isEqualByComparingTo("3");
        assertThat(after.<Integer>json("$.outcomes[0].latest.revision")).isEqualTo(1);
        assertThat(decimal(after.json("$.outcomes[0].progress"))).isEqualByComparingTo("0.25");
        assertThat(after.<Boolean>json("$.outcomes[0].complete")).isFalse();
        assertThat(after.<List<String>>json("$.outcomes[0].countiesWithoutValue[*].countyCode"))
                .containsExactly("360322");
        assertThat(decimal(after.json("$.outcomes[0].baseline"))).isEqualByComparingTo("2");
        assertThat(decimal(after.json("$.outcomes[0].target"))).isEqualByComparingTo("6");
        assertThat(after.<String>json("$.outcomes[0].targetPeriod")).isEqualTo("2027");
        assertThat(after.<String>json("$.outcomes[0].aggregation")).isEqualTo("SUM");

        feeds.report("360322", "BUS_LINES", "2026", "2", 1);
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(http.get("/api/v1/projects/" + id + "/outcomes")
                .json("$.outcomes[0].complete")));
        Response both = http.get("/api/v1/projects/" + id + "/outcomes");
        assertThat(decimal(both.json("$.outcomes[0].latest.value"))).isEqualByComparingTo("5");
        assertThat(decimal(both.json("$.outcomes[0].progress"))).isEqualByComparingTo("0.75");
    }

    @Test
    void onlyAHigherRevisionReplacesAValue() {
        String id = propose(ProjectRequests.proposal("BUS_LINES", "360881", "430281"));
        OutgoingEvent second = feeds.valueEvent("360881", "BUS_LINES", "2025", "7", 2);
        feeds.publish(second, EventSources.INDICATORS);
        feeds.publish(second, EventSources.INDICATORS);
        feeds.report("360881", "BUS_LINES", "2025", "4", 1);
        RecordMetadata last = feeds.report("360881", "BUS_LINES", "2024", "1", 1);

        // No latest value at all until the first event is consumed: wait on the object, not on its period.
        await().atMost(WAIT).until(() -> http.get("/api/v1/projects/" + id + "/outcomes")
                .<Map<String, Object>>json("$.outcomes[0].latest"),
                latest -> latest != null && "2025".equals(latest.get("period")));
        awaitConsumed(last);
        Response held = http.get("/api/v1/projects/" + id + "/outcomes");
        assertThat(decimal(held.json("$.outcomes[0].values[0].value"))).isEqualByComparingTo("7");
        assertThat(held.<Integer>json("$.outcomes[0].values[0].revision")).isEqualTo(2);

        feeds.report("360881", "BUS_LINES", "2025", "8", 3);
        await().atMost(WAIT).until(() -> Integer.valueOf(3).equals(http.get("/api/v1/projects/" + id
                + "/outcomes").json("$.outcomes[0].values[0].revision")));
        assertThat(decimal(http.get("/api/v1/projects/" + id + "/outcomes").json("$.outcomes[0].latest.value")))
                .isEqualByComparingTo("8");
    }

    @Test
    void anIndicatorRetiredByItsNewestVersionMayNoLongerBeNamedInNewOutcomes() {
        feeds.define(Feeds.sum("FERRY_LINES", "INFRASTRUCTURE_CONNECTIVITY"));
        await().atMost(WAIT).until(() -> http.get("/api/v1/indicators/FERRY_LINES").status() == 200);
        String id = propose(ProjectRequests.proposal("FERRY_LINES", "430181", "360322"));

        feeds.define(Feeds.indicator("FERRY_LINES", "YEAR", "INFRASTRUCTURE_CONNECTIVITY",
                new IndicatorSnapshot.Aggregation("SUM", null, null, null, null), IndicatorSnapshot.RETIRED, 2));
        feeds.define(Feeds.sum("FERRY_LINES", "INFRASTRUCTURE_CONNECTIVITY"));
        await().atMost(WAIT).until(() -> "\"2\"".equals(http.get("/api/v1/indicators/FERRY_LINES").etag()));

        assertThat(http.get("/api/v1/indicators/FERRY_LINES").<String>json("$.status")).isEqualTo("RETIRED");
        assertThat(http.get("/api/v1/indicators?status=ACTIVE").<List<String>>json("$[*].code"))
                .contains("BUS_LINES").doesNotContain("FERRY_LINES");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("FERRY_LINES", "430181", "360322")),
                422, "outcomes[0].indicatorCode");
        assertThat(http.get("/api/v1/projects/" + id + "/outcomes").<String>json("$.outcomes[0].indicatorCode"))
                .isEqualTo("FERRY_LINES");
    }

    @Test
    void anUnreadableValueIsDeadLetteredAtOnceWithoutHoldingUpTheNext() {
        String deadLetters = Topics.deadLetter(Topics.INDICATORS_VALUES_V1, "cooperation-service");
        try (TopicRecorder parked = TopicRecorder.record(kafka.getBrokersAsString(), deadLetters)) {
            String id = propose(ProjectRequests.proposal("BUS_LINES", "430281", "360323"));
            RecordMetadata bad = feeds.send(new ProducerRecord<>(Topics.INDICATORS_VALUES_V1, "360323",
                    "not a CloudEvent".getBytes(StandardCharsets.UTF_8)));
            OutgoingEvent wrongKey = feeds.valueEvent("430281", "BUS_LINES", "2026", "1", 1);
            ProducerRecord<String, byte[]> misKeyed = zone.xianggan.platform.events.CloudEventRecords
                    .toRecord(wrongKey, EventSources.INDICATORS);
            RecordMetadata alsoBad = feeds.send(new ProducerRecord<>(misKeyed.topic(), null, "360323",
                    misKeyed.value(), misKeyed.headers()));
            feeds.report("360323", "BUS_LINES", "2026", "9", 1);

            await().atMost(WAIT).until(() -> http.get("/api/v1/projects/" + id + "/outcomes")
                    .json("$.outcomes[0].latest") != null);
            for (RecordMetadata sent : List.of(bad, alsoBad)) {
                ConsumerRecord<String, byte[]> record = parked.awaitRecord(WAIT, r -> r.headers()
                        .lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET) != null
                        && java.nio.ByteBuffer.wrap(r.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                                .getLong() == sent.offset()
                        && java.nio.ByteBuffer.wrap(r.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION)
                                .value()).getInt() == sent.partition());
                assertThat(header(record, KafkaHeaders.DLT_EXCEPTION_FQCN))
                        .isEqualTo(UnreadableEventException.class.getName());
            }
            assertThat(http.get("/api/v1/projects/" + id + "/outcomes").<List<String>>json(
                    "$.outcomes[0].countiesCounted")).containsExactly("360323");
        }
    }

    /** Waits until the service's group has committed past {@code sent}: everything before it is applied. */
    private void awaitConsumed(RecordMetadata sent) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers",
                kafka.getBrokersAsString()))) {
            var partition = new org.apache.kafka.common.TopicPartition(sent.topic(), sent.partition());
            await().atMost(WAIT).until(() -> {
                var offsets = admin.listConsumerGroupOffsets("cooperation-service").partitionsToOffsetAndMetadata()
                        .get();
                return offsets.get(partition) != null && offsets.get(partition).offset() > sent.offset();
            });
        }
    }

    private static BigDecimal decimal(Object json) {
        return new BigDecimal(json.toString());
    }
}
