package zone.xianggan.identity.signingkey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import zone.xianggan.identity.IssuerSettings;
import zone.xianggan.identity.signingkey.model.SigningKey;

class KeyRingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    /** Half the allowed clock skew of a minute. */
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final SigningKey OLD = TestKeys.retired("old", NOW.minus(Duration.ofDays(31)),
            NOW.minus(Duration.ofMinutes(2)));
    private static final SigningKey CURRENT = TestKeys.active("current", NOW.minus(Duration.ofMinutes(2)));

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemorySigningKeys keys = InMemorySigningKeys.of(OLD, CURRENT);
    private final KeyRing ring = new KeyRing(keys, clock, IssuerSettings.defaults());

    @Test
    void theActiveKeySigns() {
        assertThat(ring.active().kid()).isEqualTo("current");
    }

    @Test
    void aRetiredKeyIsPublishedWhileItsLastTokenMayBeValid() {
        assertThat(ring.published()).extracting(SigningKey::kid).containsExactly("old", "current");
    }

    @Test
    void aRetiredKeyIsNoLongerPublishedOnceItsLastTokenHasExpired() {
        clock.advance(Duration.ofMinutes(4));

        assertThat(ring.published()).extracting(SigningKey::kid).containsExactly("current");
    }

    @Test
    void theKeysReadAreKeptForHalfTheAllowedSkew() {
        ring.active();
        clock.advance(REFRESH.minusSeconds(1));
        ring.active();
        ring.published();

        assertThat(keys.calls()).containsOnlyOnce(InMemorySigningKeys.FIND_ALL);
    }

    @Test
    void anotherInstancesRotationIsSeenAfterHalfTheAllowedSkew() {
        ring.active();
        rotatedElsewhere();

        clock.advance(REFRESH);

        assertThat(ring.active().kid()).isEqualTo("next");
    }

    @Test
    void anotherInstancesRotationIsNotSeenSooner() {
        ring.active();
        rotatedElsewhere();

        clock.advance(REFRESH.minusSeconds(1));

        assertThat(ring.active().kid()).isEqualTo("current");
    }

    @Test
    void aRefreshSeesARotationAtOnce() {
        ring.active();
        rotatedElsewhere();

        ring.refresh();

        assertThat(ring.active().kid()).isEqualTo("next");
    }

    @Test
    void theFirstKeyMadeAfterTheRingWasReadSignsAtOnce() {
        InMemorySigningKeys none = InMemorySigningKeys.of();
        KeyRing empty = new KeyRing(none, clock, IssuerSettings.defaults());
        empty.published();
        none.insert(TestKeys.active("first", NOW));

        assertThat(empty.active().kid()).isEqualTo("first");
    }

    @Test
    void withoutAnActiveKeyNothingIsSigned() {
        KeyRing retiredOnly = new KeyRing(InMemorySigningKeys.of(OLD), clock, IssuerSettings.defaults());

        assertThatThrownBy(retiredOnly::active).isInstanceOf(IllegalStateException.class);
    }

    private void rotatedElsewhere() {
        keys.retire(CURRENT.retire(NOW));
        keys.insert(TestKeys.active("next", NOW));
    }
}
