package zone.xianggan.dashboard.upstream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages read the zone here, as the dashboard's agency: {@code /dashboard/api/registry/api/v1/counties} is
 * registry-service's {@code /api/v1/counties}. Reads only, of the parts {@link Upstream} names; the answer is the
 * service's own, its problem details included.
 */
@RestController
class UpstreamController {

    static final String PREFIX = "/dashboard/api/";

    private final UpstreamCache reads;

    UpstreamController(UpstreamCache reads) {
        this.reads = reads;
    }

    @GetMapping(PREFIX + "{service}/**")
    ResponseEntity<byte[]> read(@PathVariable String service, HttpServletRequest request) {
        String path = request.getRequestURI().substring(PREFIX.length() + service.length());
        Upstream upstream = Upstream.named(service).filter(u -> u.mayRead(path)).orElse(null);
        if (upstream == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        UpstreamReads.Reply reply = reads.get(upstream, path, request.getQueryString());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(reply.status());
        if (reply.contentType() != null) {
            answer.contentType(reply.contentType());
        }
        if (reply.link() != null && reply.link().startsWith("</")) {
            // The services link their next page by path alone; here it is under this service's prefix.
            answer.header(HttpHeaders.LINK, "<" + PREFIX + service + reply.link().substring(1));
        }
        return answer.body(reply.body());
    }

    @ExceptionHandler
    ProblemDetail unavailable(UpstreamUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                e.service().segment() + "-service did not answer the dashboard; the page shows what it had, and "
                        + "tries again");
        problem.setProperty("service", e.service().segment() + "-service");
        return problem;
    }
}
