package zone.xianggan.platform.tracing;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.cloudevents.core.extensions.DistributedTracingExtension;

/**
 * The CloudEvents distributed-tracing extension in the Kafka protocol binding, binary mode: W3C's traceparent and
 * tracestate as {@code ce_traceparent} and {@code ce_tracestate}, like every other CloudEvents attribute.
 */
public final class CloudEventTraceHeaders {

    private static final String PREFIX = "ce_";
    public static final String TRACEPARENT = PREFIX + DistributedTracingExtension.TRACEPARENT;
    public static final String TRACESTATE = PREFIX + DistributedTracingExtension.TRACESTATE;

    private CloudEventTraceHeaders() {
    }

    /**
     * The header that carries the W3C field {@code field} on a zone record: {@code ce_traceparent} for
     * {@code traceparent}, {@code ce_tracestate} for {@code tracestate}; any other field (baggage, B3) under its own
     * name, as there is no CloudEvents extension for it.
     */
    public static String headerOf(String field) {
        return switch (field) {
            case DistributedTracingExtension.TRACEPARENT -> TRACEPARENT;
            case DistributedTracingExtension.TRACESTATE -> TRACESTATE;
            default -> field;
        };
    }

    /** The trace context a record carries, or null where it carries none a consumer could continue. */
    public static EventTrace read(Headers headers) {
        return EventTrace.of(text(headers, TRACEPARENT), text(headers, TRACESTATE));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
