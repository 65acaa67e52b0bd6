package zone.xianggan.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The issued tokens this instance remembers, for the introspection and revocation endpoints, only until they expire.
 * Spring's in-memory store keeps every client-credentials token for ever; and nothing else needs them: every service
 * verifies tokens locally against the JWKS, so a revoked JWT stays usable there until it expires anyway (minutes).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpiringAuthorizations implements OAuth2AuthorizationService {

    private final Map<String, OAuth2Authorization> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    @Override
    public void save(OAuth2Authorization authorization) {
        Instant now = clock.instant();
        byId.values().removeIf(held -> expired(held, now));
        byId.put(authorization.getId(), authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        byId.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return byId.get(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null;
        }
        for (OAuth2Authorization authorization : byId.values()) {
            OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
            if (access != null && access.getToken().getTokenValue().equals(token)) {
                return authorization;
            }
        }
        return null;
    }

    private static boolean expired(OAuth2Authorization authorization, Instant now) {
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        if (access == null) {
            return true;
        }
        OAuth2Token token = access.getToken();
        return token.getExpiresAt() != null && !now.isBefore(token.getExpiresAt());
    }
}
