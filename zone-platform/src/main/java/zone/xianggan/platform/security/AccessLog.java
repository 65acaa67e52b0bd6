package zone.xianggan.platform.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One line per request on the {@code zone.access} logger: which agency ({@code -} when none authenticated), method,
 * path, status and milliseconds taken. Outside the security chain, so that refused requests are logged too.
 */
public class AccessLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("zone.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled()) {
                Object agency = request.getAttribute(CallingAgencyAttribute.NAME);
                log.info("{} {} {} {} {}ms", agency == null ? "-" : agency, request.getMethod(),
                        request.getRequestURI(), response.getStatus(), (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
