package zone.xianggan.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private final LiveFeed feed = new LiveFeed();

    @Test
    void aPageOpenedNowSeesTheLatestEventsNewestFirst() {
        feed.publish(event("1"));
        feed.publish(event("2"));

        assertThat(feed.latest()).extracting(LiveEvent::id).containsExactly("2", "1");
    }

    @Test
    void onlyTheLatestFiftyAreKept() {
        IntStream.rangeClosed(1, 60).forEach(i -> feed.publish(event(Integer.toString(i))));

        assertThat(feed.latest()).hasSize(LiveFeed.KEPT).first().extracting(LiveEvent::id).isEqualTo("60");
    }

    @Test
    void aPageThatClosedItsStreamIsNoLongerTold() {
        feed.open().complete();
        feed.publish(event("1"));

        assertThat(feed.openPages()).isZero();
    }

    private static LiveEvent event(String id) {
        return new LiveEvent(id, "indicators.values.v1", "zone.indicators.value.reported.v1", "430181/GDP/2024",
                "2026-12-07T06:00:00Z", null);
    }
}
