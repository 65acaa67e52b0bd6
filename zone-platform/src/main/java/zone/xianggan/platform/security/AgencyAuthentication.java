package zone.xianggan.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import zone.xianggan.kernel.access.Agency;

/** A request authenticated by a zone token: the agency it names, with its scopes as {@code SCOPE_*} authorities. */
public class AgencyAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final Agency agency;

    AgencyAuthentication(Jwt jwt, Agency agency, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, agency, jwt, authorities);
        this.agency = agency;
        setAuthenticated(true);
    }

    public Agency agency() {
        return agency;
    }

    @Override
    public java.util.Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return agency.id();
    }
}
