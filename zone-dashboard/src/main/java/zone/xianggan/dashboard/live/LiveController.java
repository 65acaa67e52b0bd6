package zone.xianggan.dashboard.live;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LiveController {

    /** Also how long an open page waits before it tries again (live-page.js). */
    static final long RETRY_AFTER_SECONDS = 60;

    private final LiveFeed feed;

    /** The zone's events as they come, one {@code zone-event} each. */
    @GetMapping(path = "/dashboard/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        return feed.open();
    }

    /** The page still reads and shows the zone; it says live updates are off and tries again later. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> full(TooManyLivePagesException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()
                + ". Pages still show the zone; reload later for live updates.");
        problem.setTitle("Live updates are full");
        problem.setProperty("limit", e.limit());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS)).body(problem);
    }

    @GetMapping("/dashboard/live/latest")
    List<LiveEvent> latest() {
        return feed.latest();
    }
}
