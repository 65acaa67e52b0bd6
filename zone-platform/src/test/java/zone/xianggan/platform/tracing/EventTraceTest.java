package zone.xianggan.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTraceTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aW3cTraceparentIsKeptWithItsTracestate() {
        EventTrace trace = EventTrace.of(TRACEPARENT, "zone=liuyang,other=1");

        assertThat(trace.traceparent()).isEqualTo(TRACEPARENT);
        assertThat(trace.tracestate()).isEqualTo("zone=liuyang,other=1");
    }

    @Test
    void aTraceparentNamesItsTrace() {
        EventTrace trace = EventTrace.of(TRACEPARENT, "zone=liuyang,other=1");

        assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aChangeOutsideAnyTraceHasNone() {
        assertThat(EventTrace.of(null, null)).isNull();
        assertThat(EventTrace.of(null, "zone=liuyang")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
            "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra" })
    void aTraceparentThatIsNotW3csIsLeftOffRatherThanPassedOnBroken(String malformed) {
        assertThat(EventTrace.of(malformed, "zone=liuyang")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new EventTrace(malformed, null));
    }

    @Test
    void aLaterVersionOfTheSameFormIsKept() {
        assertThat(EventTrace.of("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", null)).isNotNull();
    }

    @Test
    void aBadTracestateIsLeftOffWithoutLosingTheTraceparent() {
        String longest = "a=" + "x".repeat(EventTrace.MAX_TRACESTATE_LENGTH - 2);

        assertThat(EventTrace.of(TRACEPARENT, longest).tracestate()).isEqualTo(longest);
        assertThat(EventTrace.of(TRACEPARENT, longest + "x").tracestate()).isNull();
        assertThat(EventTrace.of(TRACEPARENT, " ").tracestate()).isNull();
        assertThat(EventTrace.of(TRACEPARENT, "zone=浏阳").tracestate()).isNull();
        assertThat(EventTrace.of(TRACEPARENT, "zone=1\nx=2").tracestate()).isNull();
        assertThat(EventTrace.of(TRACEPARENT, "zone=1\nx=2").traceparent()).isEqualTo(TRACEPARENT);
    }
}
