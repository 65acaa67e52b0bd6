package zone.xianggan.platform.security;

import java.io.IOException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Leaves the authenticated agency's id on the request, where the access log finds it once the security context has
 * been cleared at the end of the chain: an agency's token on the zone's APIs, or a client authenticated at the
 * issuer's token endpoint.
 */
public class CallingAgencyAttribute extends OncePerRequestFilter {

    static final String NAME = "zone.agency";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            request.setAttribute(NAME, authentication.getName());
        }
        chain.doFilter(request, response);
    }
}
