package zone.xianggan.dashboard.live;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open page's stream. The events for it wait in a queue of their own and are written by a thread of their own,
 * so that a page on a slow or stalled connection holds up neither the other pages nor the consumer of the zone's
 * topics. A page that falls too far behind, or whose connection is gone, is ended: the browser reconnects by itself
 * and the page reads again what it shows (live-page.js), so it misses nothing that way.
 */
final class LivePage {

    /** Where a page's events are written: its SSE stream. */
    interface Stream {

        void send(LiveMessage message) throws IOException;

        /** Ends the stream, as the dashboard ends it; the browser will reconnect. */
        void end();
    }

    /** What is written to a page: an event, or a comment, which the page does not see but its connection carries. */
    record LiveMessage(String id, String data, String comment) {

        /** Sent first, so that the page (and any proxy between) sees the stream open before the first event. */
        static final LiveMessage OPENED = comment("the zone's events follow");
        static final LiveMessage STILL_HERE = comment("still here");

        static LiveMessage event(String id, String data) {
            return new LiveMessage(id, data, null);
        }

        private static LiveMessage comment(String text) {
            return new LiveMessage(null, null, text);
        }

        boolean isEvent() {
            return comment == null;
        }
    }

    private final Stream stream;
    private final BlockingQueue<LiveMessage> waiting;
    private final Duration heartbeat;
    private final Consumer<LivePage> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Thread writer;

    LivePage(Stream stream, int backlog, Duration heartbeat, Consumer<LivePage> onEnd) {
        this.stream = stream;
        this.waiting = new ArrayBlockingQueue<>(backlog);
        this.heartbeat = heartbeat;
        this.onEnd = onEnd;
    }

    void start() {
        writer = Thread.ofVirtual().name("live-page").start(this::write);
    }

    /** Queues an event for the page; a page already as far behind as it may be is ended instead. */
    void tell(LiveMessage event) {
        if (!ended.get() && !waiting.offer(event)) {
            end();
        }
    }

    /** Ends the page's stream from the dashboard's side (too far behind, or the dashboard stopping). */
    void end() {
        if (closeOnce()) {
            stream.end();
        }
    }

    /** The connection ended from the other side, or by a timeout: nothing more is written. */
    void ended() {
        closeOnce();
    }

    /** True for the one call that closes the page: its stream is ended and it leaves the open pages once. */
    private boolean closeOnce() {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        if (writer != null) {
            writer.interrupt();
        }
        onEnd.accept(this);
        return true;
    }

    private void write() {
        try {
            while (!ended.get()) {
                // A page that hears nothing for a while is sent a comment: a connection that is gone shows itself
                // by failing that write, rather than holding a place among the open pages until the next event.
                LiveMessage next = waiting.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                stream.send(next == null ? LiveMessage.STILL_HERE : next);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException gone) {
            end();
        }
    }
}
