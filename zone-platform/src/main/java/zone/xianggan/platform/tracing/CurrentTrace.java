package zone.xianggan.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The trace context of the work on the calling thread (the request, or the consumed record, that is making a
 * change), taken where the change stores its events: the relay publishes them later, on its own thread, where that
 * context is gone.
 */
@FunctionalInterface
public interface CurrentTrace {

    /** Where nothing is traced. */
    CurrentTrace NONE = () -> null;

    /** The calling thread's trace context, or null outside any trace. */
    EventTrace capture();

    /**
     * Written by the service's own propagator, exactly as it would write the headers of an outgoing request: the
     * W3C traceparent of the current span, and its tracestate.
     */
    static CurrentTrace of(Tracer tracer, Propagator propagator) {
        return () -> {
            TraceContext context = tracer.currentTraceContext().context();
            if (context == null) {
                return null;
            }
            Map<String, String> fields = new HashMap<>();
            propagator.inject(context, fields, Map::put);
            return EventTrace.of(fields.get(DistributedTracingExtension.TRACEPARENT),
                    fields.get(DistributedTracingExtension.TRACESTATE));
        };
    }
}
