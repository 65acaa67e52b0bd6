package zone.xianggan.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.ExceptionHeadersCreator;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.support.KafkaHeaders;

import zone.xianggan.events.TopicSettings;

/**
 * The failure a parked record carries, in Spring Kafka's {@code kafka_dlt-exception-*} headers and the zone's
 * {@code zone_dlt-reason}: the exception's class and a message of at most {@value #MAX_MESSAGE_BYTES} bytes, never a
 * stack trace. The headers then stay within {@link TopicSettings#DEAD_LETTER_HEADROOM_BYTES}, so that any record that
 * reached its topic fits on the dead-letter topic with them (the log has the whole trace).
 */
public final class DeadLetterHeaders implements ExceptionHeadersCreator {

    public static final String REASON = "zone_dlt-reason";
    static final int MAX_MESSAGE_BYTES = 1024;
    private static final int MAX_CLASS_NAME_BYTES = 256;

    @Override
    public void create(Headers headers, Exception exception, boolean isKey, HeaderNames names) {
        Throwable cause = meaningfulCause(exception);
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, bounded(cause.getClass().getName(), MAX_CLASS_NAME_BYTES));
        if (cause.getCause() != null) {
            headers.add(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN,
                    bounded(cause.getCause().getClass().getName(), MAX_CLASS_NAME_BYTES));
        }
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bounded(String.valueOf(cause.getMessage()),
                MAX_MESSAGE_BYTES));
        headers.add(REASON, DeadLetterReason.labelOf(exception).getBytes(StandardCharsets.UTF_8));
    }

    /** The zone's own exception if there is one, else the deepest cause: not the listener container's wrapper. */
    static Throwable meaningfulCause(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (DeadLetterReason.of(cause).isPresent() && (cause.getCause() == null
                    || DeadLetterReason.of(cause.getCause()).isEmpty())) {
                return cause;
            }
            deepest = cause;
        }
        return deepest;
    }

    /** The text's UTF-8 bytes, cut at a character boundary so that they fit in {@code maxBytes}. */
    static byte[] bounded(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        int end = maxBytes - 3;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        byte[] cut = new byte[end + 3];
        System.arraycopy(bytes, 0, cut, 0, end);
        System.arraycopy("…".getBytes(StandardCharsets.UTF_8), 0, cut, end, 3);
        return cut;
    }
}
