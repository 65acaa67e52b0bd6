package zone.xianggan.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/** Where the outbox stores a change's events, the trace context of the work making it is taken as W3C writes it. */
class CurrentTraceTest {

    private final TestTracing tracing = new TestTracing();
    private final CurrentTrace current = CurrentTrace.of(tracing.tracer(), tracing.propagator());

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void theCurrentSpanIsTakenAsItsW3cTraceparent() {
        Tracer tracer = tracing.tracer();
        Span request = tracer.nextSpan().name("PUT /api/v1/counties/430181").start();
        EventTrace captured;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            captured = current.capture();
        } finally {
            request.end();
        }

        assertThat(captured.traceparent()).isEqualTo("00-" + request.context().traceId() + "-"
                + request.context().spanId() + "-01");
        assertThat(captured.traceId()).isEqualTo(request.context().traceId());
        assertThat(captured.tracestate()).isNull();
    }

    @Test
    void outsideAnySpanThereIsNothingToTake() {
        assertThat(current.capture()).isNull();
        assertThat(CurrentTrace.NONE.capture()).isNull();
    }
}
