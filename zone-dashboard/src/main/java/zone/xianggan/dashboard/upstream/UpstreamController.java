package zone.xianggan.dashboard.upstream;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages read the zone here, as the dashboard's agency: {@code /dashboard/api/registry/api/v1/counties} is
 * registry-service's {@code /api/v1/counties}. Reads only, of the parts {@link Upstream} names; the answer is the
 * service's own, its problem details included. Several of indicators-service's aggregates can be read at once at
 * {@code /dashboard/aggregates}.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UpstreamController {

    static final String PREFIX = "/dashboard/api/";
    static final String AGGREGATES = "/dashboard/aggregates";
    static final int MAX_SCOPES = 20;
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final UpstreamCache reads;

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

    /**
     * Indicators-service's aggregates of one indicator and period over several scopes, in the order asked: the zone
     * page shows the zone's, each province's and each cluster's side by side, and its first view should not wait for
     * a round trip each. An element is the service's own answer (kept or read as {@link #read} reads it), or null where
     * the service answered anything but 200 for that scope.
     */
    @GetMapping(AGGREGATES)
    ResponseEntity<?> aggregates(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(name = "scope", required = false) List<String> scopes) {
        if (indicator == null || indicator.isBlank()) {
            return invalid("indicator", "is required: an indicator's code, such as GDP");
        }
        if (period == null || period.isBlank()) {
            return invalid("period", "is required, such as 2024");
        }
        if (scopes == null || scopes.isEmpty() || scopes.size() > MAX_SCOPES) {
            return invalid("scope", "is required, 1 to " + MAX_SCOPES + " times (zone, province:430000, cluster:…)");
        }
        List<UpstreamReads.Reply> replies = readAll("/api/v1/aggregates", scopes.stream()
                .map(scope -> "indicator=" + encoded(indicator) + "&period=" + encoded(period) + "&scope="
                        + encoded(scope))
                .toList());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.write('[');
        for (int i = 0; i < replies.size(); i++) {
            if (i > 0) {
                json.write(',');
            }
            UpstreamReads.Reply reply = replies.get(i);
            json.writeBytes(reply.status().value() == 200 ? reply.body() : NULL);
        }
        json.write(']');
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.toByteArray());
    }

    /** Indicators-service's answers to reads of one path, made at the same time. */
    private List<UpstreamReads.Reply> readAll(String path, List<String> queries) {
        List<Future<UpstreamReads.Reply>> replies;
        try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
            replies = queries.stream().map(query -> each.submit(() -> reads.get(Upstream.INDICATORS, path, query)))
                    .toList();
        }
        return replies.stream().map(UpstreamController::answer).toList();
    }

    private static UpstreamReads.Reply answer(Future<UpstreamReads.Reply> reply) {
        if (reply.state() == Future.State.FAILED && reply.exceptionNow() instanceof RuntimeException failure) {
            throw failure; // the service did not answer: a bad gateway naming it, as for one read
        }
        return reply.resultNow();
    }

    private static String encoded(String parameter) {
        return URLEncoder.encode(parameter, StandardCharsets.UTF_8);
    }

    /** A problem detail of the shape the zone's services answer: the field and the reason. */
    private static ResponseEntity<ProblemDetail> invalid(String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + reason);
        problem.setTitle("Malformed request");
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
