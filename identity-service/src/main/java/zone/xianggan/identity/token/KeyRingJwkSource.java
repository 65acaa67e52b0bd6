package zone.xianggan.identity.token;

import java.util.Date;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import zone.xianggan.identity.signingkey.application.KeyRing;
import zone.xianggan.identity.signingkey.model.SigningKey;

/**
 * The published signing keys as Nimbus reads them: the JWKS endpoint shows their public halves, the encoder signs
 * with the one the token's header names (the active one), and identity-service's own API verifies with them.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KeyRingJwkSource implements JWKSource<SecurityContext> {

    private final KeyRing keys;

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> published = keys.published().stream().map(KeyRingJwkSource::jwk).toList();
        return selector.select(new JWKSet(published));
    }

    private static JWK jwk(SigningKey key) {
        return new RSAKey.Builder(key.publicKey()).privateKey(key.privateKey()).keyID(key.kid())
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).issueTime(Date.from(key.createdAt()))
                .build();
    }
}
