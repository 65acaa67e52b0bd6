package zone.xianggan.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.TraceContext;

/**
 * A record a listener takes continues the trace its {@code ce_traceparent} names, observed as Spring Kafka's
 * container observes it: the span in scope while the listener runs is the trace's.
 */
class CloudEventTraceReceiverTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    private final TestTracing tracing = new TestTracing();

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void aReceivedRecordContinuesTheTraceOfItsCeTraceparent() {
        TraceContext received = receive(record("ce_traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01"));

        assertThat(received.traceId()).isEqualTo(TRACE_ID);
        assertThat(received.parentId()).isEqualTo(SPAN_ID);
        assertThat(received.spanId()).isNotEqualTo(SPAN_ID);
    }

    @Test
    void theCloudEventsExtensionWinsOverAPlainTraceparent() {
        ConsumerRecord<String, byte[]> record = record("ce_traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        record.headers().add("traceparent",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));

        assertThat(receive(record).traceId()).isEqualTo(TRACE_ID);
    }

    @Test
    void aPlainTraceparentIsContinuedWhereARecordHasNoExtension() {
        assertThat(receive(record("traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01")).traceId())
                .isEqualTo(TRACE_ID);
    }

    @Test
    void aRecordWithoutATraceStartsOne() {
        TraceContext received = receive(new ConsumerRecord<>("registry.counties.v1", 0, 0, "430181", new byte[0]));

        assertThat(received.traceId()).hasSize(32).isNotEqualTo(TRACE_ID);
        assertThat(received.parentId()).isNull();
    }

    /** The trace context inside the listener's scope, as Spring Kafka's container opens it for a record. */
    private TraceContext receive(ConsumerRecord<String, byte[]> record) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new CloudEventTraceReceiver(tracing.tracer(),
                tracing.propagator()));
        Observation observation = Observation.start("spring.kafka.listener",
                () -> new KafkaRecordReceiverContext(record, "registry-replica", () -> "zone"), registry);
        try (Observation.Scope scope = observation.openScope()) {
            return tracing.tracer().currentTraceContext().context();
        } finally {
            observation.stop();
        }
    }

    private static ConsumerRecord<String, byte[]> record(String header, String value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("registry.counties.v1", 0, 0, "430181",
                new byte[0]);
        record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
