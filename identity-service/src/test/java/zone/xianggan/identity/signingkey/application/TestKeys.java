package zone.xianggan.identity.signingkey.application;

import java.time.Instant;

import zone.xianggan.identity.signingkey.model.SigningKey;

/**
 * Signing keys made without making an RSA key pair each (which takes a good part of a second): all share one pair,
 * each with a kid of its own. Only the use cases' own new keys are generated.
 */
public final class TestKeys {

    private static final SigningKey PAIR = SigningKey.generate(Instant.EPOCH);

    private TestKeys() {
    }

    public static SigningKey active(String kid, Instant createdAt) {
        return new SigningKey(kid, PAIR.publicKey(), PAIR.privateKey(), createdAt, null);
    }

    public static SigningKey retired(String kid, Instant createdAt, Instant retiredAt) {
        return active(kid, createdAt).retire(retiredAt);
    }
}
