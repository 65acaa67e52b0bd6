package zone.xianggan.identity.agency.application;

import java.security.SecureRandom;
import java.util.Base64;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Client secrets are made here and nowhere else: 32 random bytes, base64url, so that no agency picks a weak one; and
 * only their hash is stored.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientSecrets {

    private static final int BYTES = 32;

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    public String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String secret) {
        return encoder.encode(secret);
    }
}
