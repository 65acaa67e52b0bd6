package zone.xianggan.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The dashboard only reads: every page and read is a GET, anything else is refused. Its pages load nothing from
 * elsewhere (the zone runs on internal networks), and the policy says so to the browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class PageSecurity {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/**").permitAll()
                .anyRequest().denyAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
