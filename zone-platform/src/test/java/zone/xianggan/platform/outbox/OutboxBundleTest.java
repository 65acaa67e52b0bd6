package zone.xianggan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.tracing.EventTrace;

class OutboxBundleTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final EventTrace TRACE = new EventTrace(
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);

    @Test
    void eventsComeBackExactlyAsTheyWentIn() {
        List<OutgoingEvent> events = List.of(
                event("430181", "{\"value\":1443000.1000000001,\"note\":\"浏阳市统计局\\nline two\"}"),
                event("key with\nnewline and 99\n", "{\"value\":1E+3}"),
                event("360302", "{}"));

        List<OutboxBundle.Packed> packed = OutboxBundle.pack(events);

        assertThat(packed).singleElement().satisfies(bundle -> assertThat(bundle.events()).isEqualTo(3));
        List<OutgoingEvent> unpacked = OutboxBundle.unpack(packed.getFirst().payload(), AT, TRACE);
        assertThat(unpacked).hasSize(3);
        for (int i = 0; i < events.size(); i++) {
            OutgoingEvent in = events.get(i);
            OutgoingEvent out = unpacked.get(i);
            assertThat(out.id()).isEqualTo(in.id());
            assertThat(out.type()).isEqualTo(in.type());
            assertThat(out.key()).isEqualTo(in.key());
            assertThat(out.occurredAt()).isEqualTo(AT);
            assertThat(out.trace()).as("the row's trace").isEqualTo(TRACE);
            assertThat(new String(out.data(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(in.data(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLargeTransactionIsSplitIntoRowsOfBoundedSize() {
        String note = "x".repeat(900);
        List<OutgoingEvent> events = IntStream.range(0, 2_500)
                .mapToObj(i -> event("430181", "{\"row\":" + i + ",\"note\":\"" + note + "\"}")).toList();

        List<OutboxBundle.Packed> packed = OutboxBundle.pack(events);

        assertThat(packed).allSatisfy(bundle -> {
            assertThat(bundle.events()).isLessThanOrEqualTo(OutboxBundle.MAX_EVENTS);
            assertThat(bundle.payload().length).isLessThan(OutboxBundle.MAX_BYTES + 2_000);
        });
        assertThat(packed.stream().mapToInt(OutboxBundle.Packed::events).sum()).isEqualTo(2_500);
        assertThat(packed.stream().flatMap(bundle -> OutboxBundle.unpack(bundle.payload(), AT, null).stream())
                .map(OutgoingEvent::id)).containsExactlyElementsOf(events.stream().map(OutgoingEvent::id).toList());
    }

    @Test
    void aBundleIsStoredCompressed() {
        byte[] packed = aThousandValuesPacked();

        byte[] stored = BundleCompression.compress(packed);

        assertThat(stored.length).isLessThan(packed.length / 3);
    }

    @Test
    void aCompressedBundleIsReadBackWhole() {
        byte[] packed = aThousandValuesPacked();

        byte[] stored = BundleCompression.compress(packed);

        assertThat(BundleCompression.decompress(stored, BundleCompression.LZ4)).isEqualTo(packed);
    }

    @Test
    void aCompressionThisServiceDoesNotKnowIsNamed() {
        assertThatIllegalStateException()
                .isThrownBy(() -> BundleCompression.decompress(new byte[] { 1 }, "zstd"))
                .withMessageContaining("zstd");
    }

    private static byte[] aThousandValuesPacked() {
        List<OutgoingEvent> events = IntStream.range(0, 1_000)
                .mapToObj(i -> event("430181", "{\"countyCode\":\"430181\",\"indicatorCode\":\"GDP\",\"period\":\""
                        + (2000 + i) + "\",\"value\":" + i + ".5,\"note\":\"浏阳市统计局\"}")).toList();
        return OutboxBundle.pack(events).getFirst().payload();
    }

    private static OutgoingEvent event(String key, String json) {
        return new OutgoingEvent(UUID.randomUUID(), EventType.VALUE_REPORTED, key, AT,
                json.getBytes(StandardCharsets.UTF_8));
    }
}
