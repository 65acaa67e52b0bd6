package zone.xianggan.identity.token;

import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import zone.xianggan.identity.IssuerProperties;

/**
 * Which browser pages may call the issuer: the zone's Swagger UIs get a token (client credentials, with the secret
 * in the Authorization header) and read the keys. Nothing else of identity-service is open to other origins.
 */
final class BrowserAccess {

    private static final List<String> PATHS = List.of("/oauth2/token", "/oauth2/jwks",
            "/.well-known/oauth-authorization-server");

    private BrowserAccess() {
    }

    static UrlBasedCorsConfigurationSource of(IssuerProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Requested-With"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        PATHS.forEach(path -> source.registerCorsConfiguration(path, cors));
        return source;
    }
}
