package zone.xianggan.platform.security;

import java.io.IOException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers to a caller the filter chain turns away, as RFC 9457 problem details: 401 with the
 * {@code WWW-Authenticate: Bearer} challenge of RFC 6750 (Spring's own), and 403 naming the rule that refused.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProblemResponses {

    static final String READ_RULE = "reading the zone's data needs an agency token with scope zone.read";
    static final String OPERATIONS_RULE = "operations endpoints are for the zone's operator (scope zone.ops)";
    static final String DENY_RULE = "the zone offers no such operation: whatever it does not allow, it refuses";

    private final JsonMapper json;
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficientScope = new BearerTokenAccessDeniedHandler();

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "a valid access token from the zone's issuer is required (Authorization: Bearer <token>): "
                        + failure.getMessage());
        problem.setTitle("Unauthenticated");
        write(response, problem);
    }

    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        insufficientScope.handle(request, response, denied);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rule = path.startsWith("/actuator") ? OPERATIONS_RULE
                : path.startsWith("/api/v1/") && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                        ? READ_RULE : DENY_RULE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, rule);
        problem.setTitle("Not permitted");
        problem.setProperty("rule", rule);
        write(response, problem);
    }

    /** A request Spring Security's firewall refuses (an encoded NUL or slash in the path, say) is malformed: 400. */
    void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request's path or headers contain characters no zone API accepts");
        problem.setTitle("Malformed request");
        problem.setProperty("field", "path");
        write(response, problem);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
