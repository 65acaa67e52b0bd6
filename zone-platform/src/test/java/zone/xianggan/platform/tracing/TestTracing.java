package zone.xianggan.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

/** The OpenTelemetry tracer and W3C propagator the services run with, without Spring: every span sampled. */
final class TestTracing implements AutoCloseable {

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("zone-test");
    private final Tracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> {
    });
    private final Propagator propagator = new OtelPropagator(
            ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel);

    Tracer tracer() {
        return tracer;
    }

    Propagator propagator() {
        return propagator;
    }

    @Override
    public void close() {
        provider.close();
    }
}
