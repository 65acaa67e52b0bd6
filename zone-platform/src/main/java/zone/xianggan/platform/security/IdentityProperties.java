package zone.xianggan.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zone's issuer, as every service checks its tokens.
 *
 * @param issuer    the issuer's URL: every token's {@code iss}, and where its JWKS is ({@code <issuer>/oauth2/jwks})
 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off this machine's clock
 * @param jwksCache how long the issuer's keys are kept before they are fetched again (a token signed by a key not
 *                  held fetches them at once)
 * @param clientId     the agency this service is, where it authenticates itself (to Kafka): default its name
 * @param clientSecret that agency's secret, as identity-service seeded it
 */
@ConfigurationProperties("zone.identity")
public record IdentityProperties(
        @DefaultValue("http://127.0.0.1:8084") String issuer,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue("5m") Duration jwksCache,
        String clientId,
        String clientSecret) {

    public IdentityProperties {
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    public String jwksUri() {
        return issuer + "/oauth2/jwks";
    }
}
