package zone.xianggan.platform.tracing;

/**
 * The W3C trace context of the request (or the consumed event) that made a change, as its events carry it: stored
 * with them in the outbox and sent as the CloudEvents distributed-tracing extension ({@code ce_traceparent},
 * {@code ce_tracestate}). It is the context of the change, not of the relay that publishes it later, so every
 * consumer's span joins the trace of the request that made the change.
 *
 * @param traceparent {@code <version>-<trace id>-<parent span id>-<flags>}, 55 characters
 * @param tracestate  vendors' entries, or null when there are none
 */
public record EventTrace(String traceparent, String tracestate) {

    /** The length of a version {@code 00} traceparent, and so of the outbox's column. */
    public static final int TRACEPARENT_LENGTH = 55;
    /**
     * The longest tracestate kept: W3C asks every vendor to pass on at least 512 characters; a longer one is dropped
     * whole (the spec allows that) and the traceparent still goes.
     */
    public static final int MAX_TRACESTATE_LENGTH = 512;

    private static final int TRACE_ID_START = 3;
    private static final int SPAN_ID_START = 36;
    private static final int FLAGS_START = 53;

    public EventTrace {
        if (!isTraceparent(traceparent)) {
            throw new IllegalArgumentException("not a W3C traceparent: " + traceparent);
        }
        if (tracestate != null && !isTracestate(tracestate)) {
            throw new IllegalArgumentException("not a tracestate the zone keeps: " + tracestate);
        }
    }

    /**
     * The trace context these headers carry, or null where {@code traceparent} is missing or malformed: an event is
     * then published without one rather than with a context no consumer could read. A tracestate that is blank,
     * too long or holds other than printable ASCII is left off.
     */
    public static EventTrace of(String traceparent, String tracestate) {
        if (!isTraceparent(traceparent)) {
            return null;
        }
        return new EventTrace(traceparent, tracestate != null && !tracestate.isBlank() && isTracestate(tracestate)
                ? tracestate : null);
    }

    /** The 32 hexadecimal digits that name the trace: what a log line shows. */
    public String traceId() {
        return traceparent.substring(TRACE_ID_START, SPAN_ID_START - 1);
    }

    /**
     * Version {@code 00}'s form: lower-case hexadecimal fields of 2, 32, 16 and 2 digits, neither the version
     * {@code ff} nor an id of zeros, which are invalid. A later version is taken in the same form (W3C has it begin
     * so), but not with fields beyond it, which the zone would not know how to pass on.
     */
    static boolean isTraceparent(String value) {
        if (value == null || value.length() != TRACEPARENT_LENGTH || value.charAt(TRACE_ID_START - 1) != '-'
                || value.charAt(SPAN_ID_START - 1) != '-' || value.charAt(FLAGS_START - 1) != '-') {
            return false;
        }
        return hex(value, 0, TRACE_ID_START - 1) && !value.startsWith("ff")
                && hex(value, TRACE_ID_START, SPAN_ID_START - 1) && hex(value, SPAN_ID_START, FLAGS_START - 1)
                && hex(value, FLAGS_START, TRACEPARENT_LENGTH)
                && !zeros(value, TRACE_ID_START, SPAN_ID_START - 1) && !zeros(value, SPAN_ID_START, FLAGS_START - 1);
    }

    private static boolean isTracestate(String value) {
        if (value.length() > MAX_TRACESTATE_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < 0x20 || value.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean zeros(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
