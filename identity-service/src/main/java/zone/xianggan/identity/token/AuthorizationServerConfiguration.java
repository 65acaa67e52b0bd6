package zone.xianggan.identity.token;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.agency.application.Agencies;
import zone.xianggan.identity.signingkey.application.KeyRing;
import zone.xianggan.kernel.access.AgencyClaims;
import zone.xianggan.platform.security.CallingAgencyAttribute;
import zone.xianggan.kernel.access.Scope;

/**
 * Spring Authorization Server as the zone needs it: the client-credentials grant for the agencies, JWT access tokens
 * signed with the persisted keys, the issuer fixed by configuration (not taken from the Host header), and its
 * endpoints (token, JWKS, metadata, introspection, revocation) in a filter chain of their own, before the one every
 * zone service has (zone-platform's), which guards the API and actuator.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The request attribute zone-platform's access log reads the caller from (its CallingAgencyAttribute.NAME). */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository agencyClients(Agencies agencies, IssuerProperties properties) {
        return new AgencyClients(agencies, properties);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(KeyRing keys) {
        return new KeyRingJwkSource(keys);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> agencyTokenClaims(KeyRing keys) {
        return new AgencyTokenClaims(keys);
    }

    @Bean
    OAuth2AuthorizationService expiringAuthorizations(Clock clock) {
        return new ExpiringAuthorizations(clock);
    }

    /**
     * How identity-service checks the tokens on its own API: as every zone service does (signature, issuer, audience,
     * lifetime with the allowed skew), but against its key ring directly instead of its JWKS over HTTP. It takes the
     * place of zone-platform's decoder, which would fetch this service's own JWKS.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IssuerProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(AgencyClaims.AUDIENCE)));
        return decoder;
    }

    /**
     * The issuer's endpoints (token, JWKS, metadata, introspection, revocation), and a browser's preflight for those
     * the zone's Swagger UIs call, before zone-platform's chain, which takes everything else (the API, actuator).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServer(HttpSecurity http, IssuerProperties properties) {
        UrlBasedCorsConfigurationSource browsers = BrowserAccess.of(properties);
        // A preflight (OPTIONS) is none of Spring's endpoints, which answer GET or POST only.
        RequestMatcher preflight = request -> CorsUtils.isPreFlightRequest(request)
                && browsers.getCorsConfiguration(request) != null;
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), preflight));
            server.tokenEndpoint(token -> token.authenticationProviders(providers -> providers.replaceAll(
                    provider -> provider instanceof OAuth2ClientCredentialsAuthenticationProvider
                            ? new AllScopesWhenNoneRequested(provider)
                            : provider)));
            server.authorizationServerMetadataEndpoint(metadata -> metadata.authorizationServerMetadataCustomizer(
                    AuthorizationServerConfiguration::whatTheZoneOffers));
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(browsers))
                // No person ever logs in here: the authorization endpoint, which would want one, answers 401.
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // The client that authenticated (token, introspection, revocation), for the platform's access log.
                .addFilterBefore(new CallingAgencyAttribute(), AuthorizationFilter.class);
        return http.build();
    }

    /** The metadata tells what this issuer actually grants, rather than all Spring could. */
    private static void whatTheZoneOffers(OAuth2AuthorizationServerMetadata.Builder metadata) {
        List<String> secretMethods = List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue(),
                ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue());
        metadata.grantTypes(grants -> {
            grants.clear();
            grants.add(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());
        });
        metadata.tokenEndpointAuthenticationMethods(methods -> {
            methods.clear();
            methods.addAll(secretMethods);
        });
        metadata.tokenIntrospectionEndpointAuthenticationMethods(methods -> {
            methods.clear();
            methods.addAll(secretMethods);
        });
        metadata.tokenRevocationEndpointAuthenticationMethods(methods -> {
            methods.clear();
            methods.addAll(secretMethods);
        });
        metadata.scopes(scopes -> Arrays.stream(Scope.values()).map(Scope::value).forEach(scopes::add));
    }
}
