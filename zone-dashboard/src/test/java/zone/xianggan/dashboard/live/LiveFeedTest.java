package zone.xianggan.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.dashboard.DashboardProperties;

class LiveFeedTest {

    private static final int LIVE_PAGES_LIMIT = 2;

    private final LiveFeed feed = new LiveFeed(new JsonMapper(), new DashboardProperties("http://127.0.0.1:8084",
            "zone-dashboard", "secret", URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8082"),
            URI.create("http://127.0.0.1:8083"), "PLAINTEXT", LIVE_PAGES_LIMIT));

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

        await().until(() -> feed.openPages() == 0);
    }

    @Test
    void noMorePagesThanTheLimitFollowTheEvents() {
        IntStream.range(0, LIVE_PAGES_LIMIT).forEach(i -> feed.open());

        assertThatExceptionOfType(TooManyLivePagesException.class).isThrownBy(feed::open)
                .extracting(TooManyLivePagesException::limit).isEqualTo(LIVE_PAGES_LIMIT);
    }

    @Test
    void aClosedPageMakesRoomForAnother() {
        SseEmitter first = feed.open();
        IntStream.range(1, LIVE_PAGES_LIMIT).forEach(i -> feed.open());
        first.complete();
        feed.publish(event("1"));

        await().until(() -> feed.openPages() < LIVE_PAGES_LIMIT);
        feed.open();
    }

    private static LiveEvent event(String id) {
        return new LiveEvent(id, "indicators.values.v1", "zone.indicators.value.reported.v1", "430181/GDP/2024",
                "2026-12-07T06:00:00Z", null);
    }
}
