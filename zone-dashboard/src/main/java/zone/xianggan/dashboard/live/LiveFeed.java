package zone.xianggan.dashboard.live;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.dashboard.DashboardProperties;

/**
 * The open pages, each an SSE stream, and the latest events for a page that opens now. A page that loses its stream
 * reconnects by itself (EventSource) and reloads what it shows, so an event missed in between is not lost to it.
 */
@Component
public class LiveFeed {

    static final int KEPT = 50;
    /** Past this, the stream ends and the browser opens a new one: no stream is held for a closed tab for long. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final Deque<LiveEvent> latest = new ArrayDeque<>();
    private final JsonMapper json;
    private final int livePagesLimit;

    public LiveFeed(JsonMapper json, DashboardProperties properties) {
        this.json = json;
        this.livePagesLimit = properties.livePagesLimit();
    }

    /** A stream for one more page, unless as many as the dashboard serves are open. */
    public SseEmitter open() {
        if (pages.size() >= livePagesLimit) {
            throw new TooManyLivePagesException(livePagesLimit);
        }
        SseEmitter page = new SseEmitter(STREAM_LIFETIME.toMillis());
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(failure -> pages.remove(page));
        pages.add(page);
        try {
            // Sent at once, so that the page (and any proxy between) sees the stream open before the first event.
            page.send(SseEmitter.event().comment("the zone's events follow"));
        } catch (IOException closed) {
            pages.remove(page);
        }
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
        String data = json.writeValueAsString(event);
        for (SseEmitter page : pages) {
            try {
                page.send(SseEmitter.event().id(event.id()).name("zone-event").data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException closed) {
                pages.remove(page);
            }
        }
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
}
