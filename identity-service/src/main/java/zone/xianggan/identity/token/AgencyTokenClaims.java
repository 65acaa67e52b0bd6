package zone.xianggan.identity.token;

import java.util.List;
import java.util.TreeSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import zone.xianggan.identity.signingkey.application.KeyRing;
import zone.xianggan.kernel.access.AgencyClaims;

/**
 * What an access token says of its agency, beyond what Spring puts in ({@code iss}, {@code sub} = the agency id,
 * {@code iat}, {@code nbf}, {@code exp}, {@code jti}): the audience every zone service and the broker expect instead
 * of the client id, the agency's kind, its unit or province, and the granted scopes as one space-separated string
 * (RFC 9068). The JWS header names the active key, so that exactly that key signs while retired ones are still
 * published.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final KeyRing keys;

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getJwsHeader().keyId(keys.active().kid());
        RegisteredClient client = context.getRegisteredClient();
        context.getClaims().audience(List.of(AgencyClaims.AUDIENCE));
        String kind = client.getClientSettings().getSetting(AgencyClients.KIND);
        context.getClaims().claim(AgencyClaims.KIND, kind);
        String unit = client.getClientSettings().getSetting(AgencyClients.UNIT);
        if (unit != null) {
            context.getClaims().claim(AgencyClaims.UNIT, unit);
        }
        String province = client.getClientSettings().getSetting(AgencyClients.PROVINCE);
        if (province != null) {
            context.getClaims().claim(AgencyClaims.PROVINCE, province);
        }
        if (context.getAuthorizedScopes().isEmpty()) {
            context.getClaims().claims(claims -> claims.remove(AgencyClaims.SCOPE));
        } else {
            String scopes = String.join(" ", new TreeSet<>(context.getAuthorizedScopes()));
            context.getClaims().claim(AgencyClaims.SCOPE, scopes);
        }
    }
}
