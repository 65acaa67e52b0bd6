package zone.xianggan.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import zone.xianggan.kernel.access.AgencyClaims;

/**
 * Tokens for web slices. Each token is an agency's name and stands for the claims the zone's issuer gives that
 * agency; the decoder takes them unsigned, so that everything after the signature check (the agency read from the
 * claims, the scopes the filter chain demands, the caller the controllers get) runs as in the service. Any other
 * token is refused as the real decoder refuses a token it cannot verify.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAgencyTokens {

    /** The agency of Liuyang (430181, Hunan), with the scopes its kind is granted. */
    public static final String LIUYANG = "liuyang";
    public static final String HUNAN_DRC = "hunan-drc";
    /** Liuyang's agency with a token that carries no scope. */
    public static final String LIUYANG_WITHOUT_SCOPES = "liuyang-without-scopes";
    /** A token from the issuer that names no kind of agency. */
    public static final String NO_AGENCY = "no-agency";

    private static final Map<String, Map<String, Object>> CLAIMS = Map.of(
            LIUYANG, Map.of("sub", "liuyang", AgencyClaims.KIND, "UNIT_AGENCY", AgencyClaims.UNIT, "430181",
                    AgencyClaims.SCOPE, List.of("zone.read", "values.report", "projects.propose")),
            HUNAN_DRC, Map.of("sub", "hunan-drc", AgencyClaims.KIND, "PROVINCIAL_DRC", AgencyClaims.PROVINCE,
                    "430000", AgencyClaims.SCOPE, List.of("zone.read", "projects.propose", "projects.decide")),
            LIUYANG_WITHOUT_SCOPES, Map.of("sub", "liuyang", AgencyClaims.KIND, "UNIT_AGENCY", AgencyClaims.UNIT,
                    "430181", AgencyClaims.SCOPE, List.of()),
            NO_AGENCY, Map.of("sub", "somebody"));

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    @Bean
    JwtDecoder testAgencyTokenDecoder() {
        return token -> {
            Map<String, Object> claims = CLAIMS.get(token);
            if (claims == null) {
                throw new BadJwtException("the token's signing key is not one the issuer publishes");
            }
            Instant now = Instant.now();
            return Jwt.withTokenValue(token).header("alg", "RS256").claims(all -> all.putAll(claims))
                    .audience(List.of(AgencyClaims.AUDIENCE)).issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        };
    }
}
