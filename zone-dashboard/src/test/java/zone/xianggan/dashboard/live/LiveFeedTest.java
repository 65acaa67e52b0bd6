package zone.xianggan.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

class LiveFeedTest {

    private static final int LIVE_PAGES_LIMIT = 2;

    private static final int BACKLOG = 3;
    private static final Duration HEARTBEAT = Duration.ofMillis(50);

    private final LiveFeed feed = new LiveFeed(new JsonMapper(), LIVE_PAGES_LIMIT, HEARTBEAT, BACKLOG);

    @BeforeEach
    void start() {
        feed.start();
    }

    @AfterEach
    void stop() {
        feed.stop();
    }

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

    @Test
    void aPageThatFallsBehindIsEndedWithoutHoldingUpTheOthers() {
        PageStream stalled = new PageStream();
        stalled.stall();
        PageStream sound = new PageStream();
        feed.follow(stalled);
        feed.follow(sound);

        IntStream.rangeClosed(1, BACKLOG + 2).forEach(i -> {
            feed.publish(event(Integer.toString(i)));
            await().until(() -> sound.eventIds().size() == i);
        });

        assertThat(stalled.ended).isTrue();
        assertThat(sound.eventIds()).containsExactly("1", "2", "3", "4", "5");
        assertThat(feed.openPages()).isEqualTo(1);
    }

    @Test
    void aPageWhoseConnectionIsGoneLeavesWithoutAnyEvent() {
        PageStream gone = new PageStream();
        feed.follow(gone);
        await().until(() -> !gone.sent.isEmpty());

        gone.disconnect();

        await().until(() -> feed.openPages() == 0);
    }

    @Test
    void aQuietPageIsToldTheConnectionIsStillThere() {
        PageStream quiet = new PageStream();
        feed.follow(quiet);

        await().until(() -> quiet.sent.stream().filter(m -> m.equals(LivePage.LiveMessage.STILL_HERE)).count() >= 2);
        assertThat(quiet.sent.getFirst()).isEqualTo(LivePage.LiveMessage.OPENED);
    }

    @Test
    void stoppingTheDashboardEndsEveryOpenStream() {
        PageStream first = new PageStream();
        PageStream second = new PageStream();
        feed.follow(first);
        feed.follow(second);

        feed.stop();

        assertThat(first.ended).isTrue();
        assertThat(second.ended).isTrue();
        assertThat(feed.openPages()).isZero();
    }

    @Test
    void aPageAskingWhileTheDashboardStopsIsEndedAtOnce() {
        feed.stop();
        PageStream late = new PageStream();

        feed.follow(late);

        assertThat(late.ended).isTrue();
        assertThat(feed.openPages()).isZero();
    }

    /** A page's stream as the browser's connection would take it: at once, not at all, or gone. */
    private static final class PageStream implements LivePage.Stream {

        final List<LivePage.LiveMessage> sent = new CopyOnWriteArrayList<>();
        private final CountDownLatch stalled = new CountDownLatch(1);
        private volatile boolean stalling;
        private volatile boolean disconnected;
        volatile boolean ended;

        void stall() {
            stalling = true;
        }

        void disconnect() {
            disconnected = true;
        }

        List<String> eventIds() {
            return sent.stream().filter(LivePage.LiveMessage::isEvent).map(LivePage.LiveMessage::id).toList();
        }

        @Override
        public void send(LivePage.LiveMessage message) throws IOException {
            if (disconnected) {
                throw new IOException("Broken pipe");
            }
            if (stalling) {
                try {
                    stalled.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("stopped while writing", e);
                }
            }
            sent.add(message);
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    private static LiveEvent event(String id) {
        return new LiveEvent(id, "indicators.values.v1", "zone.indicators.value.reported.v1", "430181/GDP/2024",
                "2026-12-07T06:00:00Z", null);
    }
}
