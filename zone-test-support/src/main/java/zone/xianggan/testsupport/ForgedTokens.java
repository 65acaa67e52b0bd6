package zone.xianggan.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens the zone must refuse, shaped exactly like its own (an agency's claims, RS256) but signed by a key of this
 * test's own: as another issuer would sign them, or an attacker who knows the format but not the zone's keys.
 */
public final class ForgedTokens {

    private static final KeyPair KEY = rsaKey();

    private ForgedTokens() {
    }

    /** A zone-office token naming the zone's real issuer, signed by a key the issuer never published. */
    public static String signedByUnknownKey(String issuer) {
        return zoneOffice(issuer, Instant.now().plusSeconds(300));
    }

    /** A zone-office token from {@code otherIssuer}, signed by that issuer's own key. */
    public static String fromAnotherIssuer(String otherIssuer) {
        return zoneOffice(otherIssuer, Instant.now().plusSeconds(300));
    }

    private static String zoneOffice(String issuer, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("zone-office")
                .audience(List.of("xianggan-zone"))
                .issueTime(Date.from(Instant.now()))
                .notBeforeTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("scope", List.of("zone.read", "registry.manage", "catalogue.manage", "values.report"))
                .claim("agency_kind", "ZONE_OFFICE")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged").build(), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEY.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
