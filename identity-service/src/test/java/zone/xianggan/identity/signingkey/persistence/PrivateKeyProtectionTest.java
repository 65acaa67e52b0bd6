package zone.xianggan.identity.signingkey.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import zone.xianggan.identity.signingkey.model.SigningKey;

class PrivateKeyProtectionTest {

    private final byte[] pkcs8 = SigningKey.generate(Instant.now()).privateKey().getEncoded();

    @Test
    void withASecretAPrivateKeyIsStoredEncrypted() {
        PrivateKeyProtection protection = new PrivateKeyProtection("a long operator secret");

        byte[] stored = protection.protect("kid-1", pkcs8);

        assertThat(protection.scheme()).isEqualTo("AES-256-GCM");
        assertThat(stored).isNotEqualTo(pkcs8);
        assertThat(protection.reveal("kid-1", stored, "AES-256-GCM")).isEqualTo(pkcs8);
        assertThatIllegalStateException().as("bound to its row")
                .isThrownBy(() -> protection.reveal("kid-2", stored, "AES-256-GCM"));
        assertThatIllegalStateException().as("another secret")
                .isThrownBy(() -> new PrivateKeyProtection("another").reveal("kid-1", stored, "AES-256-GCM"));
        assertThatIllegalStateException().as("no secret")
                .isThrownBy(() -> new PrivateKeyProtection(null).reveal("kid-1", stored, "AES-256-GCM"));
    }

    @Test
    void aKeyStoredWithoutASecretIsStillReadOnceASecretIsSet() {
        byte[] stored = new PrivateKeyProtection(" ").protect("kid-1", pkcs8);

        assertThat(stored).isEqualTo(pkcs8);
        assertThat(new PrivateKeyProtection("later").reveal("kid-1", stored, "NONE")).isEqualTo(pkcs8);
    }
}
