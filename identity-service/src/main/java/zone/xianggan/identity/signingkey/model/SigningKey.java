package zone.xianggan.identity.signingkey.model;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An RSA key pair that signs access tokens (RS256), named by its {@code kid}. While it is active it signs; once
 * retired it signs nothing more but stays published, so that the tokens it signed still verify, until the last of
 * them has expired.
 */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt,
        Instant retiredAt) {

    public static final int RSA_BITS = 2048;

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new active key. */
    public static SigningKey generate(Instant at) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(),
                    (RSAPrivateKey) pair.getPrivate(), at, null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no RSA", e);
        }
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public SigningKey retire(Instant at) {
        return new SigningKey(kid, publicKey, privateKey, createdAt, at);
    }

    /** Whether the active key has reached the age at which it is replaced. */
    public boolean isDueAt(Instant now, Duration rotationPeriod) {
        return isActive() && !now.isBefore(createdAt.plus(rotationPeriod));
    }

    /**
     * Until when a retired key is published: the last token it signed expires a token lifetime after its retirement,
     * and verifiers' clocks may lag by the allowed skew. Null while the key is active.
     */
    public Instant publishedUntil(Duration afterRetirement) {
        return retiredAt == null ? null : retiredAt.plus(afterRetirement);
    }

    public boolean isPublishedAt(Instant now, Duration afterRetirement) {
        return retiredAt == null || now.isBefore(publishedUntil(afterRetirement));
    }

    @Override
    public String toString() {
        return "SigningKey[" + kid + ", created " + createdAt + (retiredAt == null ? "" : ", retired " + retiredAt)
                + "]";
    }
}
