package zone.xianggan.identity.agency.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A hash of a secret in microseconds, where production's bcrypt takes tens of milliseconds: what the use cases
 * store is still a hash that only the secret matches, named like a delegating encoder's ({@code {sha256}...}).
 */
public class QuickHashes implements PasswordEncoder {

    private static final String PREFIX = "{sha256}";

    private int hashesMade;

    @Override
    public String encode(CharSequence secret) {
        hashesMade++;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(secret.toString().getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    @Override
    public boolean matches(CharSequence secret, String hash) {
        return encode(secret).equals(hash);
    }

    /** How many secrets were hashed: production's hashing is slow by design, so a use case hashes none it can spare. */
    public int hashesMade() {
        return hashesMade;
    }

    /** The client secrets of the use cases, hashed here. */
    public ClientSecrets clientSecrets() {
        return new ClientSecrets(this);
    }
}
