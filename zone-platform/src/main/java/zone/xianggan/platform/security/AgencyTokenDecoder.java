package zone.xianggan.platform.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import zone.xianggan.kernel.access.AgencyClaims;

/**
 * Checks a token locally, with no call to the issuer per request: its RS256 signature against the issuer's keys
 * (fetched from its JWKS and cached; a key id not held fetches them again, rate-limited, so a rotated key is picked
 * up at once), its issuer, the zone's audience, and its lifetime within the clock skew.
 */
final class AgencyTokenDecoder {

    private AgencyTokenDecoder() {
    }

    static JwtDecoder create(IdentityProperties identity) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(identity.jwksUri()).toURL())
                    .cache(identity.jwksCache().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                    .rateLimited(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("zone.identity.issuer is not a URL: " + identity.issuer(), e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Claims are checked below, by Spring's validators, with the skew configured.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<java.util.List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(AgencyClaims.AUDIENCE));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(identity.clockSkew()),
                new JwtIssuerValidator(identity.issuer()), audience));
        JwtDecoder checked = token -> {
            try {
                return decoder.decode(token);
            } catch (BadJwtException bad) {
                throw bad;
            } catch (JwtException failed) {
                throw unverifiable(failed);
            }
        };
        return remembering(checked, identity.clockSkew());
    }

    /**
     * An agency's system sends the same token for minutes, so a token is verified once and then remembered until it
     * expires (plus the skew): what made it valid — its signature, issuer, audience — cannot change, and a remembered
     * token is forgotten, and so refused, once its time is up. Verifying a signature costs a tenth of a millisecond,
     * a look-up a microsecond; bounded, so that a flood of distinct tokens cannot grow it.
     */
    private static JwtDecoder remembering(JwtDecoder decoder, Duration skew) {
        Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> jwt.getExpiresAt() == null ? Duration.ZERO
                        : Duration.between(Instant.now(), jwt.getExpiresAt().plus(skew))))
                .build();
        return token -> {
            Jwt known = verified.getIfPresent(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        };
    }

    /**
     * A key the issuer has not published (or, while the issuer cannot be reached, one not held) cannot verify the
     * token: the caller gets 401 as for any other token the zone cannot trust, not a server error.
     */
    private static JwtException unverifiable(JwtException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof KeySourceException) {
                return new BadJwtException("the token's signing key is not one the issuer publishes", failed);
            }
        }
        return failed;
    }
}
