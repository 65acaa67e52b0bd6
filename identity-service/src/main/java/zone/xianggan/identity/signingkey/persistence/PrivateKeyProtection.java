package zone.xianggan.identity.signingkey.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Private signing keys at rest: encrypted with AES-256-GCM when {@code zone.identity.key-encryption-secret} is set,
 * with a key derived from it (PBKDF2), the row's kid as associated data so that a ciphertext cannot be moved to
 * another row; stored as they are otherwise, so that a local zone needs no secret to start. A key stored encrypted
 * cannot be read without the secret: the service then refuses to start rather than sign with a new key silently.
 */
final class PrivateKeyProtection {

    static final String NONE = "NONE";
    static final String AES_GCM = "AES-256-GCM";

    private static final byte[] SALT = "xianggan-zone/identity-service/signing-keys".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 310_000;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    PrivateKeyProtection(String secret) {
        this.key = secret == null || secret.isBlank() ? null : derive(secret);
    }

    String scheme() {
        return key == null ? NONE : AES_GCM;
    }

    byte[] protect(String kid, byte[] pkcs8) {
        if (key == null) {
            return pkcs8;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(pkcs8);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt signing key " + kid, e);
        }
    }

    byte[] reveal(String kid, byte[] stored, String scheme) {
        if (NONE.equals(scheme)) {
            return stored;
        }
        if (!AES_GCM.equals(scheme)) {
            throw new IllegalStateException("signing key " + kid + " is stored as " + scheme + ", which this "
                    + "version cannot read");
        }
        if (key == null) {
            throw new IllegalStateException("signing key " + kid + " is stored encrypted, and "
                    + "zone.identity.key-encryption-secret is not set");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt signing key " + kid
                    + ": zone.identity.key-encryption-secret is not the one it was stored with", e);
        }
    }

    private static SecretKey derive(String secret) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the key-encryption key", e);
        }
    }
}
