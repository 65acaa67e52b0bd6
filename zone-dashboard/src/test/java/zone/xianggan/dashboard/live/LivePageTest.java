package zone.xianggan.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class LivePageTest {

    private final CountDownLatch network = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    @AfterEach
    void releaseTheNetwork() {
        network.countDown();
    }

    @Test
    void aPageIsToldAsManyEventsAsItsBacklogHoldsWhileItsNetworkStalls() {
        LivePage page = stalledPage();

        boolean toldAll = IntStream.range(0, LivePage.BACKLOG).allMatch(i -> page.tell(event(i)));

        assertThat(toldAll).isTrue();
        assertThat(closed).isFalse();
    }

    @Test
    void aPageThatFallsFurtherBehindIsClosed() {
        LivePage page = stalledPage();
        IntStream.range(0, LivePage.BACKLOG).forEach(i -> page.tell(event(i)));

        assertThat(page.tell(event(LivePage.BACKLOG))).isFalse();
        assertThat(closed).isTrue();
    }

    /** Its network stalls on the stream's opening comment, so no event leaves the backlog. */
    private LivePage stalledPage() {
        LivePage page = new LivePage(new StalledStream(network), closedPage -> closed.set(true));
        page.start();
        return page;
    }

    private static SseEmitter.SseEventBuilder event(int i) {
        return SseEmitter.event().data(Integer.toString(i));
    }

    /** A page on a network that takes nothing until the test ends. */
    private static final class StalledStream extends SseEmitter {

        private final CountDownLatch network;

        StalledStream(CountDownLatch network) {
            this.network = network;
        }

        @Override
        public void send(SseEventBuilder event) throws IOException {
            try {
                network.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
