package zone.xianggan.dashboard.live;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveController {

    private final LiveFeed feed;

    LiveController(LiveFeed feed) {
        this.feed = feed;
    }

    /** The zone's events as they come, one {@code zone-event} each. */
    @GetMapping(path = "/dashboard/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        return feed.open();
    }

    @GetMapping("/dashboard/live/latest")
    List<LiveEvent> latest() {
        return feed.latest();
    }
}
