package zone.xianggan.platform.tracing;

import java.util.List;

import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Makes the span of each record a zone listener takes continue the trace of the change the record reports. Spring
 * Kafka observes every record ({@code spring.kafka.listener.observation-enabled}), and Micrometer's receiver handler
 * would look for the parent in a plain {@code traceparent} header; a zone event carries it as the CloudEvents
 * extension, {@code ce_traceparent} and {@code ce_tracestate}, which this handler reads instead (the plain header
 * only where a record has no extension). The span, its scope and so the log lines' trace id then cover the listener
 * and the error handler: a record parked on a dead-letter topic is logged in the trace of its change.
 *
 * <p>It takes Kafka records only, ahead of Boot's receiver handler, which keeps every other receiver (HTTP requests).
 */
public class CloudEventTraceReceiver implements TracingObservationHandler<KafkaRecordReceiverContext> {

    private final Tracer tracer;
    private final PropagatingReceiverTracingObservationHandler<KafkaRecordReceiverContext> receiver;

    public CloudEventTraceReceiver(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.receiver = new PropagatingReceiverTracingObservationHandler<>(tracer,
                new CloudEventExtensionPropagator(propagator));
    }

    @Override
    public void onStart(KafkaRecordReceiverContext context) {
        receiver.onStart(context);
    }

    @Override
    public void onError(KafkaRecordReceiverContext context) {
        receiver.onError(context);
    }

    @Override
    public void onStop(KafkaRecordReceiverContext context) {
        receiver.onStop(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof KafkaRecordReceiverContext;
    }

    @Override
    public Tracer getTracer() {
        return tracer;
    }

    /** The service's propagator, reading each W3C field from its CloudEvents header first. */
    private record CloudEventExtensionPropagator(Propagator propagator) implements Propagator {

        @Override
        public List<String> fields() {
            return propagator.fields();
        }

        @Override
        public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
            propagator.inject(context, carrier, setter);
        }

        @Override
        public <C> Span.Builder extract(C carrier, Getter<C> getter) {
            return propagator.extract(carrier, (record, field) -> {
                String extension = getter.get(record, CloudEventTraceHeaders.headerOf(field));
                return extension != null ? extension : getter.get(record, field);
            });
        }
    }
}
