package zone.xianggan.identity.signingkey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.IssuerSettings;
import zone.xianggan.identity.signingkey.model.SigningKey;

class SigningKeyMaintenanceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final IssuerProperties SETTINGS = IssuerSettings.defaults();

    @Test
    void aKeyIsReadyBeforeTheFirstRequest() {
        InMemorySigningKeys keys = InMemorySigningKeys.of();

        maintenanceOf(keys).afterSingletonsInstantiated();

        assertThat(keys.kept()).singleElement().satisfies(key -> assertThat(key.isActive()).isTrue());
    }

    @Test
    void theCheckReplacesAKeyThatIsDue() {
        SigningKey due = TestKeys.active("due", NOW.minus(IssuerSettings.KEY_ROTATION_PERIOD));
        InMemorySigningKeys keys = InMemorySigningKeys.of(due);

        maintenanceOf(keys).check();

        assertThat(keys.activeKey().kid()).isNotEqualTo("due");
    }

    @Test
    void aFailedCheckLeavesTheScheduleRunning() {
        SigningKeyMaintenance maintenance = maintenanceOf(failingWith(new IllegalStateException("database down")));

        assertThatCode(maintenance::check).doesNotThrowAnyException();
    }

    @Test
    void aCheckFailingWithAnErrorLeavesTheScheduleRunning() {
        SigningKeyMaintenance maintenance = maintenanceOf(failingWith(new OutOfMemoryError("no room for a key pair")));

        assertThatCode(maintenance::check).doesNotThrowAnyException();
    }

    private static SigningKeyMaintenance maintenanceOf(SigningKeys keys) {
        KeyRing ring = new KeyRing(keys, CLOCK, SETTINGS);
        return new SigningKeyMaintenance(new RotatingSigningKeys(keys, ring, CLOCK, SETTINGS), ring);
    }

    /** Keys that cannot be reached: taking the rotation lock throws {@code failure}. */
    private static SigningKeys failingWith(Throwable failure) {
        return new InMemorySigningKeys() {
            @Override
            public void lockForRotation() {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
        };
    }
}
