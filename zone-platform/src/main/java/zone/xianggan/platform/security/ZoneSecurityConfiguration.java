package zone.xianggan.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.kernel.access.Scope;

/**
 * Every zone service is an OAuth 2 resource server of the zone's issuer: a request carries an agency's token, checked
 * here locally ({@link AgencyTokenDecoder}), deny by default. Reads need
 * {@code zone.read} and operations endpoints {@code zone.ops}; what a write needs depends on what it touches (whose
 * unit, which province), so the services' policies decide it in their use cases. Liveness, readiness and the API
 * documents (OpenAPI, and the events' AsyncAPI) stay open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class ZoneSecurityConfiguration {

    /** identity-service, the issuer itself, checks its own tokens against its own keys instead. */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder agencyTokenDecoder(IdentityProperties identity) {
        return AgencyTokenDecoder.create(identity);
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    /** Spring Security's filters run unobserved on every request; only the authentication itself is timed. */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).shouldObserveAuthentications(true).build();
    }

    @Bean
    WebSecurityCustomizer headerCharacters() {
        return web -> web.httpFirewall(HeaderCharacters.firewall());
    }

    @Bean
    RequestRejectedHandler malformedRequests(ProblemResponses problems) {
        return problems::rejected;
    }

    @Bean
    SecurityFilterChain zoneSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/asyncapi", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ZoneAuthorities.scope(Scope.ZONE_OPS))
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(ZoneAuthorities.scope(Scope.ZONE_READ))
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/**").hasAuthority(ZoneAuthorities.scope(Scope.ZONE_READ))
                        .requestMatchers("/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new AgencyTokenConverter()))
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::denied))
                .addFilterAfter(new CallingAgencyAttribute(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
