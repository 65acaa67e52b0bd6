package zone.xianggan.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyClaims;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;

/**
 * Reads the agency out of a token whose signature, issuer, audience and lifetime have already been checked. A token
 * that does not describe an agency as the zone's issuer does (no kind, a unit agency without its unit) is refused as
 * invalid: 401, as for a bad signature.
 */
class AgencyTokenConverter implements Converter<Jwt, AgencyAuthentication> {

    @Override
    public AgencyAuthentication convert(Jwt jwt) {
        String id = jwt.getSubject();
        String kindClaim = jwt.getClaimAsString(AgencyClaims.KIND);
        if (id == null || id.isBlank() || kindClaim == null) {
            throw new InvalidBearerTokenException("the token names no agency (sub and agency_kind)");
        }
        AgencyKind kind;
        try {
            kind = AgencyKind.valueOf(kindClaim);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidBearerTokenException("unknown agency_kind " + kindClaim);
        }
        Set<Scope> scopes = scopes(jwt);
        Agency agency;
        try {
            agency = new Agency(id, kind, jwt.getClaimAsString(AgencyClaims.UNIT),
                    jwt.getClaimAsString(AgencyClaims.PROVINCE), scopes);
        } catch (IllegalArgumentException inconsistent) {
            throw new InvalidBearerTokenException(inconsistent.getMessage());
        }
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(ZoneAuthorities.scope(scope))));
        return new AgencyAuthentication(jwt, agency, authorities);
    }

    /** The scopes the zone knows, whether the claim is a list or a space-separated string; others are ignored. */
    private static Set<Scope> scopes(Jwt jwt) {
        Object claim = jwt.getClaim(AgencyClaims.SCOPE);
        List<String> values = new ArrayList<>();
        if (claim instanceof String text) {
            values.addAll(List.of(text.trim().split("\\s+")));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        values.forEach(value -> Scope.fromValue(value).ifPresent(scopes::add));
        return scopes;
    }
}
