package zone.xianggan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

import zone.xianggan.events.TopicSettings;
import zone.xianggan.platform.events.ForeignEventException;
import zone.xianggan.platform.events.TombstoneException;
import zone.xianggan.platform.events.UnreadableEventException;

class DeadLetterHeadersTest {

    @Test
    void theZonesOwnFailureIsNamedNotTheContainersWrapper() {
        RecordHeaders headers = headersOfAWrappedForeignEvent();

        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(ForeignEventException.class.getName());
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("event 1 comes from /elsewhere");
        assertThat(text(headers, DeadLetterHeaders.REASON)).isEqualTo("foreign");
    }

    @Test
    void noStackTraceIsKept() {
        assertThat(headersOfAWrappedForeignEvent().lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).isNull();
    }

    @Test
    void aHugeMessageIsCutToItsBoundAtACharacterBoundary() {
        RecordHeaders headers = new RecordHeaders();
        String huge = "县".repeat(100_000);

        new DeadLetterHeaders().create(headers, new UnreadableEventException(huge), false, null);

        byte[] message = headers.lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value();
        assertThat(message.length).isLessThanOrEqualTo(DeadLetterHeaders.MAX_MESSAGE_BYTES);
        assertThat(new String(message, StandardCharsets.UTF_8)).startsWith("县县").endsWith("…")
                .doesNotContain("\uFFFD");
        int total = 0;
        for (Header header : headers) {
            total += header.key().length() + header.value().length;
        }
        assertThat(total).isLessThan(TopicSettings.DEAD_LETTER_HEADROOM_BYTES);
    }

    @Test
    void onlyARecordThatCanNeverBeProcessedHasAReason() {
        assertThat(DeadLetterReason.of(new TombstoneException("t", "k"))).contains(DeadLetterReason.TOMBSTONE);
        assertThat(DeadLetterReason.of(new RuntimeException(new UnreadableEventException("bad"))))
                .contains(DeadLetterReason.UNREADABLE);
        assertThat(DeadLetterReason.of(new IllegalStateException("database down"))).isEmpty();
        assertThat(DeadLetterReason.of(new OutOfMemoryError())).isEmpty();
    }

    /** The headers of a record parked for a foreign event, as the listener container wraps its failure. */
    private static RecordHeaders headersOfAWrappedForeignEvent() {
        RecordHeaders headers = new RecordHeaders();
        Exception failure = new ListenerExecutionFailedException("listener failed",
                new ForeignEventException("event 1 comes from /elsewhere"));
        new DeadLetterHeaders().create(headers, failure, false, null);
        return headers;
    }

    private static String text(RecordHeaders headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
