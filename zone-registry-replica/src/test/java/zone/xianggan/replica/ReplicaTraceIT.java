package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.SampleCounties.county;
import static zone.xianggan.testsupport.ZoneEventAssertions.header;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import zone.xianggan.events.Topics;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.kafka.DeadLetteringErrorHandler;
import zone.xianggan.platform.tracing.EventTrace;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * The replica continues the trace of each registry change it takes, read from the record's {@code ce_traceparent}:
 * its line says so, in the change's trace id. A record it can never process is parked as it came, its trace context
 * with it, and the line that says it was parked, and the operator's list of parked records, name that trace.
 */
@ZoneServiceTest
@TestPropertySource(properties = "spring.application.name=" + ReplicaTraceIT.GROUP)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaTraceIT {

    static final String GROUP = "replica-trace";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker kafka;

    @LocalServerPort
    int port;

    ZoneHttp http;
    RegistryTopic registry;
    TopicRecorder deadLetters;
    TracedLines replica;
    TracedLines parking;

    @BeforeAll
    void connect() {
        http = ZoneHttp.at("http://localhost:" + port);
        registry = RegistryTopic.at(kafka.getBrokersAsString());
        deadLetters = TopicRecorder.record(kafka.getBrokersAsString(),
                Topics.deadLetter(Topics.REGISTRY_COUNTIES_V1, GROUP));
        replica = TracedLines.of(ReplicaUpdater.class);
        parking = TracedLines.of(DeadLetteringErrorHandler.class);
    }

    @AfterAll
    void disconnect() {
        parking.close();
        replica.close();
        deadLetters.close();
        registry.close();
    }

    @Test
    void theReplicaTakesARegistryChangeInTheTraceOfThatChange() {
        EventTrace change = new EventTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);

        registry.publish(traced(RegistryTopic.eventOf(county("430121", "县", "Traced", "COUNTY")), change));

        await().atMost(WAIT).untilAsserted(() -> assertThat(replica.lines())
                .contains(new TracedLines.Line(change.traceId(), "Replica took 430121 version 1")));
    }

    @Test
    void aPoisonedRecordStaysInItsTraceWhenParked() {
        EventTrace change = new EventTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "zone=liuyang");

        RecordMetadata sent = registry.send(RegistryTopic.recordOf(traced(
                RegistryTopic.eventWithData("430122", "{\"code\": \"4301"), change)));

        ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(WAIT, record -> "430122".equals(record.key()));
        assertThat(header(parked, "ce_traceparent")).isEqualTo(change.traceparent());
        assertThat(header(parked, "ce_tracestate")).isEqualTo("zone=liuyang");
        await().atMost(WAIT).untilAsserted(() -> assertThat(parking.lines()).anySatisfy(line -> {
            assertThat(line.traceId()).isEqualTo(change.traceId());
            assertThat(line.message()).startsWith("Parked " + sent.topic() + "-" + sent.partition() + "@"
                    + sent.offset() + " (key 430122)");
        }));
        ZoneHttp.Response listed = http.as("zone-operator").get("/api/v1/dead-letters?topic="
                + Topics.REGISTRY_COUNTIES_V1);
        assertThat(listed.<List<String>>json("$[?(@.key == '430122')].traceId")).containsExactly(change.traceId());
    }

    private static OutgoingEvent traced(OutgoingEvent event, EventTrace trace) {
        return new OutgoingEvent(event.id(), event.type(), event.key(), event.occurredAt(), event.data(), trace);
    }
}
