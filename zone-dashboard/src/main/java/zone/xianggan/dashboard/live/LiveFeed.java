package zone.xianggan.dashboard.live;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.dashboard.DashboardProperties;

/**
 * The open pages, each an SSE stream, and the latest events for a page that opens now. A page that loses its stream
 * reconnects by itself (EventSource) and reloads what it shows, so an event missed in between is not lost to it.
 * Each page is written to apart ({@link LivePage}); the dashboard ends every stream before it stops, so that its
 * graceful shutdown does not wait on pages that would never finish.
 */
@Component
public class LiveFeed implements SmartLifecycle {

    static final int KEPT = 50;
    /** Past this, the stream ends and the browser opens a new one: no stream is held for a closed tab for long. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    /** How long a page may hear nothing before it is sent a comment that shows whether it is still there. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /**
     * Events a page may be behind before its stream is ended: an import publishes thousands in seconds, which a page
     * on a sound connection takes as they come.
     */
    private static final int BACKLOG = 10_000;

    private final Set<LivePage> pages = ConcurrentHashMap.newKeySet();
    private final Deque<LiveEvent> latest = new ArrayDeque<>();
    private final JsonMapper json;
    private final int livePagesLimit;
    private final Duration heartbeat;
    private final int backlog;
    private volatile boolean running;

    @Autowired
    public LiveFeed(JsonMapper json, DashboardProperties properties) {
        this(json, properties.livePagesLimit(), HEARTBEAT, BACKLOG);
    }

    LiveFeed(JsonMapper json, int livePagesLimit, Duration heartbeat, int backlog) {
        this.json = json;
        this.livePagesLimit = livePagesLimit;
        this.heartbeat = heartbeat;
        this.backlog = backlog;
    }

    /** A stream for one more page, unless as many as the dashboard serves are open. */
    public SseEmitter open() {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        LivePage page = follow(new EmitterStream(emitter));
        emitter.onCompletion(page::ended);
        emitter.onTimeout(page::ended);
        emitter.onError(failure -> page.ended());
        return emitter;
    }

    /** Starts telling a page the zone's events; a page asking while the dashboard stops is ended at once. */
    LivePage follow(LivePage.Stream stream) {
        if (pages.size() >= livePagesLimit) {
            throw new TooManyLivePagesException(livePagesLimit);
        }
        LivePage page = new LivePage(stream, backlog, heartbeat, pages::remove);
        pages.add(page);
        if (!running) {
            page.end();
            return page;
        }
        page.tell(LivePage.LiveMessage.OPENED);
        page.start();
        return page;
    }

    public void publish(LiveEvent event) {
        synchronized (latest) {
            latest.addFirst(event);
            if (latest.size() > KEPT) {
                latest.removeLast();
            }
        }
        // Written once for all pages: an import publishes thousands of events, each told to every open page.
        LivePage.LiveMessage message = LivePage.LiveMessage.event(event.id(), json.writeValueAsString(event));
        pages.forEach(page -> page.tell(message));
    }

    /** The latest events, newest first. */
    public List<LiveEvent> latest() {
        synchronized (latest) {
            return List.copyOf(latest);
        }
    }

    int openPages() {
        return pages.size();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        pages.forEach(LivePage::end);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown, which would otherwise wait for the open streams. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** A page's SSE stream as Spring MVC holds it. */
    private record EmitterStream(SseEmitter emitter) implements LivePage.Stream {

        @Override
        public void send(LivePage.LiveMessage message) throws IOException {
            emitter.send(message.isEvent()
                    ? SseEmitter.event().id(message.id()).name("zone-event").data(message.data(),
                            MediaType.APPLICATION_JSON)
                    : SseEmitter.event().comment(message.comment()));
        }

        @Override
        public void end() {
            emitter.complete();
        }
    }
}
