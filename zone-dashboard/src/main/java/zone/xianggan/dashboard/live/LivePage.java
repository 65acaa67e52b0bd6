package zone.xianggan.dashboard.live;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open page's stream, written by a thread of its own, so that a page on a slow network never holds up the
 * subscriber or the other pages. A page that falls {@value #BACKLOG} events behind is closed: its browser opens a
 * new stream and reads again what it shows, which is cheaper for both than catching up event by event.
 */
final class LivePage {

    static final int BACKLOG = 256;

    private final SseEmitter stream;
    private final BlockingQueue<SseEmitter.SseEventBuilder> pending = new ArrayBlockingQueue<>(BACKLOG);
    private final Consumer<LivePage> onClosed;
    private volatile boolean closed;

    LivePage(SseEmitter stream, Consumer<LivePage> onClosed) {
        this.stream = stream;
        this.onClosed = onClosed;
        stream.onCompletion(this::closed);
        stream.onTimeout(this::closed);
        stream.onError(failure -> closed());
    }

    /** Starts writing to the page; after this, the page may close at any time and says so to {@code onClosed}. */
    void start() {
        Thread.ofVirtual().name("live-page").start(this::write);
    }

    /** Queues an event for this page; false when the page is closed or too far behind, and is now closed. */
    boolean tell(SseEmitter.SseEventBuilder event) {
        if (closed) {
            return false;
        }
        if (!pending.offer(event)) {
            stream.complete();
            closed();
            return false;
        }
        return true;
    }

    private void write() {
        try {
            // Sent at once, so that the page (and any proxy between) sees the stream open before the first event.
            stream.send(SseEmitter.event().comment("the zone's events follow"));
            while (!closed) {
                stream.send(pending.take());
            }
        } catch (IOException | IllegalStateException gone) {
            closed();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            closed();
        }
    }

    private void closed() {
        if (!closed) {
            closed = true;
            pending.clear();
            // Wakes the writer if it waits for an event, so that its thread ends with the page.
            pending.offer(SseEmitter.event().comment("closed"));
            onClosed.accept(this);
        }
    }
}
