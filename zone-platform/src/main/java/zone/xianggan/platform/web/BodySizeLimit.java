package zone.xianggan.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds every request body, first of all filters (before security: a body too large is refused whoever sends it).
 * A Content-Length above the endpoint's limit is answered 413 at once, before a byte of the body is read; a body
 * without one (chunked) is counted as it is read, and reading past the limit fails with
 * {@link BodyTooLargeException}, which the problem details turn into the same 413.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    private final long defaultLimit;
    private final Map<String, Long> byPath = new HashMap<>();
    private final JsonMapper json;

    public BodySizeLimit(HttpLimitsProperties properties, List<LargerBody> larger, JsonMapper json) {
        this.defaultLimit = properties.maxBodySize().toBytes();
        larger.forEach(body -> byPath.put(body.path(), body.limit().toBytes()));
        this.json = json;
    }

    /** The longest body the request's endpoint takes. */
    long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return byPath.getOrDefault(path, defaultLimit);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    private void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        // The body is not read: the connection cannot carry another request after it.
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(limit));
    }

    /** The 413 problem detail, here and in {@link ProblemDetailsAdvice}. */
    static ProblemDetail problem(long limit) {
        String reason = "is larger than this endpoint takes: at most " + limit + " bytes";
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "body: " + reason);
        body.setTitle("Request body too large");
        body.setProperty("field", "body");
        body.setProperty("limit", limit);
        body.setProperty("errors", List.of(Map.of("field", "body", "reason", reason)));
        return body;
    }

    /** The request with its body counted as it is read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Fails once more than {@code limit} bytes have been read. */
    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counted(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
