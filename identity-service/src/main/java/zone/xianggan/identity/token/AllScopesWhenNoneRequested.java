package zone.xianggan.identity.token;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * A client-credentials request that names no scope is granted every scope the agency holds. Spring Authorization
 * Server 7 grants none in that case (an access token without a {@code scope}, good for nothing in the zone); RFC 6749
 * section 3.3 lets the server apply a default, and the agency's own scopes are the obvious one. A request that names
 * scopes gets those (and only if the agency holds them all, as Spring checks).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AllScopesWhenNoneRequested implements AuthenticationProvider {

    private final AuthenticationProvider clientCredentials;

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var request = (OAuth2ClientCredentialsAuthenticationToken) authentication;
        if (request.getScopes().isEmpty() && request.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.isAuthenticated() && client.getRegisteredClient() != null) {
            RegisteredClient registered = client.getRegisteredClient();
            OAuth2ClientCredentialsAuthenticationToken allScopes = new OAuth2ClientCredentialsAuthenticationToken(
                    client, registered.getScopes(), request.getAdditionalParameters());
            allScopes.setDetails(request.getDetails());
            return clientCredentials.authenticate(allScopes);
        }
        return clientCredentials.authenticate(request);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return clientCredentials.supports(authentication);
    }
}
