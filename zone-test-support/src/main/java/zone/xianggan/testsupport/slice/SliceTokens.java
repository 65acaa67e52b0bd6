package zone.xianggan.testsupport.slice;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyClaims;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.access.Scope;

/**
 * Tokens a web slice accepts: each is the id of one of the {@link Callers}' agencies, and stands for a token with that
 * agency's claims. The platform's own decoder checks a token's signature, issuer and lifetime against identity-service
 * (as the services' access ITs do); everything after the decoder (the platform's converter, its scope rules, its
 * 401 and 403, the {@code Caller} a controller gets) runs here as it does in production. Any other token is refused,
 * as a forged one is.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceTokens {

    /** A token the issuer signed that names no agency: a subject, no kind. */
    public static final String NO_AGENCY = "no-agency";

    private static final Map<String, Agency> AGENCIES = Stream.of(Callers.LIUYANG, Callers.LILING, Callers.HUNAN_DRC,
            Callers.JIANGXI_DRC, Callers.ZONE_OFFICE, Callers.ZONE_OPERATOR, Callers.WITHOUT_SCOPES)
            .map(Caller::agency).collect(Collectors.toMap(Agency::id, Function.identity()));

    /** The request as the caller sends it: its agency's token, and the person acting for it in {@code X-Actor}. */
    public static RequestPostProcessor as(Caller caller) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + caller.agency().id());
            if (caller.person() != null) {
                request.addHeader("X-Actor", caller.person());
            }
            return request;
        };
    }

    /** The {@code Authorization} header of the caller's agency. */
    public static String bearer(Caller caller) {
        return "Bearer " + caller.agency().id();
    }

    @Bean
    JwtDecoder sliceTokenDecoder() {
        return token -> {
            if (NO_AGENCY.equals(token)) {
                Instant now = Instant.now();
                return Jwt.withTokenValue(token).header("alg", "RS256").subject("somebody")
                        .audience(List.of(AgencyClaims.AUDIENCE)).issuedAt(now).expiresAt(now.plusSeconds(300))
                        .build();
            }
            Agency agency = AGENCIES.get(token);
            if (agency == null) {
                throw new BadJwtException("not a token of this slice's agencies");
            }
            Instant now = Instant.now();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(agency.id())
                    .audience(List.of(AgencyClaims.AUDIENCE)).issuedAt(now).expiresAt(now.plusSeconds(300))
                    .claims(claims -> claims.putAll(claimsOf(agency))).build();
        };
    }

    private static Map<String, Object> claimsOf(Agency agency) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(AgencyClaims.KIND, agency.kind().name());
        claims.put(AgencyClaims.SCOPE, agency.scopes().stream().map(Scope::value).toList());
        if (agency.province() != null) {
            claims.put(AgencyClaims.PROVINCE, agency.province());
        }
        if (agency.unit() != null) {
            claims.put(AgencyClaims.UNIT, agency.unit());
        }
        return claims;
    }
}
