package zone.xianggan.identity.signingkey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.IssuerSettings;
import zone.xianggan.identity.Refusals;
import zone.xianggan.identity.signingkey.model.SigningKey;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.OperationsPolicy;
import zone.xianggan.testsupport.slice.Callers;

class RotatingSigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final IssuerProperties SETTINGS = IssuerSettings.defaults();
    private static final SigningKey YOUNG = TestKeys.active("young", NOW.minus(Duration.ofDays(1)));
    private static final SigningKey DUE = TestKeys.active("due", NOW.minus(IssuerSettings.KEY_ROTATION_PERIOD));

    private InMemorySigningKeys keys;
    private KeyRing ring;
    private RotatingSigningKeys rotating;

    // --- on schedule

    @Test
    void theFirstKeyIsMadeWhenThereIsNone() {
        keep();

        Optional<SigningKey> made = rotating.maintain();

        assertThat(made).isPresent();
        assertThat(keys.activeKey().kid()).isEqualTo(made.get().kid());
    }

    @Test
    void aNewKeyIsCreatedNow() {
        keep();

        assertThat(rotating.maintain()).hasValueSatisfying(made -> assertThat(made.createdAt()).isEqualTo(NOW));
    }

    @Test
    void aKeyYoungerThanTheRotationPeriodIsKept() {
        keep(YOUNG);

        assertThat(rotating.maintain()).isEmpty();
        assertThat(keys.kept()).containsExactly(YOUNG);
    }

    @Test
    void aKeyOfTheRotationPeriodsAgeIsReplaced() {
        keep(DUE);

        SigningKey made = rotating.maintain().orElseThrow();

        assertThat(keys.activeKey().kid()).isEqualTo(made.kid()).isNotEqualTo("due");
    }

    @Test
    void theReplacedKeyIsKeptRetiredFromNow() {
        keep(DUE);

        rotating.maintain();

        assertThat(keys.kept()).contains(DUE.retire(NOW));
    }

    @Test
    void aRetiredKeyIsDroppedOnceItsLastTokenHasExpired() {
        keep(TestKeys.retired("old", NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofMinutes(7))), YOUNG);

        rotating.maintain();

        assertThat(keys.kept()).containsExactly(YOUNG);
    }

    @Test
    void aRetiredKeyWhoseLastTokenMayStillBeValidIsKept() {
        SigningKey old = TestKeys.retired("old", NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofMinutes(5)));
        keep(old, YOUNG);

        rotating.maintain();

        assertThat(keys.kept()).containsExactly(old, YOUNG);
    }

    @Test
    void theScheduledCheckTakesTheRotationLockBeforeItReadsTheKeys() {
        keep(DUE);

        rotating.maintain();

        assertThat(keys.calls()).first().isEqualTo(InMemorySigningKeys.LOCK);
    }

    @Test
    void theRingSignsWithTheKeyTheScheduledCheckMade() {
        keep(DUE);
        ring.active();

        SigningKey made = rotating.maintain().orElseThrow();

        assertThat(ring.active().kid()).isEqualTo(made.kid());
    }

    // --- at the operator's request

    @Test
    void theOperatorReplacesAYoungKeyAtOnce() {
        keep(YOUNG);

        PublishedKey rotated = rotating.rotate(Callers.ZONE_OPERATOR);

        assertThat(keys.activeKey().kid()).isEqualTo(rotated.kid()).isNotEqualTo("young");
    }

    @Test
    void theKeyReplacedAtTheOperatorsRequestIsKeptRetiredFromNow() {
        keep(YOUNG);

        rotating.rotate(Callers.ZONE_OPERATOR);

        assertThat(keys.kept()).contains(YOUNG.retire(NOW));
    }

    @Test
    void theNewKeyIsAnsweredAsActiveFromNow() {
        keep(YOUNG);

        PublishedKey rotated = rotating.rotate(Callers.ZONE_OPERATOR);

        assertThat(rotated).isEqualTo(new PublishedKey(rotated.kid(), NOW, null, null, true));
    }

    @Test
    void aRotationWithoutAnyKeyMakesTheFirst() {
        keep();

        PublishedKey rotated = rotating.rotate(Callers.ZONE_OPERATOR);

        assertThat(keys.kept()).extracting(SigningKey::kid).containsExactly(rotated.kid());
    }

    @Test
    void aRotationTakesTheLockBeforeItReadsTheActiveKey() {
        keep(YOUNG);

        rotating.rotate(Callers.ZONE_OPERATOR);

        assertThat(keys.calls()).first().isEqualTo(InMemorySigningKeys.LOCK);
    }

    @Test
    void theRingKeepsSigningWithTheOldKeyUntilTheRotationCommits() {
        keep(YOUNG);
        ring.active();

        rotateInTransaction(rotated -> assertThat(ring.active().kid()).isEqualTo("young"));
    }

    @Test
    void theRingSignsWithTheNewKeyOnceTheRotationCommits() {
        keep(YOUNG);
        ring.active();

        PublishedKey rotated = rotateInTransaction(uncommitted -> {
        });

        assertThat(ring.active().kid()).isEqualTo(rotated.kid());
    }

    @Test
    void theZoneOfficeMayNotRotateTheKey() {
        keep(YOUNG);

        assertThatThrownBy(() -> rotating.rotate(Callers.ZONE_OFFICE))
                .satisfies(Refusals.notPermittedBy(OperationsPolicy.RULE));
    }

    @Test
    void aRefusedRotationLeavesTheKeysAsTheyWere() {
        keep(YOUNG);

        assertThatThrownBy(() -> rotating.rotate(Callers.HUNAN_DRC)).isInstanceOf(NotPermittedException.class);

        assertThat(keys.kept()).containsExactly(YOUNG);
    }

    // --- the operator's list

    @Test
    void theOperatorSeesEveryKeyKeptOldestFirst() {
        keep(YOUNG, TestKeys.retired("old", NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(1))));

        assertThat(rotating.list(Callers.ZONE_OPERATOR)).extracting(PublishedKey::kid)
                .containsExactly("old", "young");
    }

    @Test
    void aRetiredKeyShowsWhenItLeavesTheJwks() {
        Instant retiredAt = NOW.minus(Duration.ofMinutes(2));
        keep(TestKeys.retired("old", NOW.minus(Duration.ofDays(31)), retiredAt));

        assertThat(rotating.list(Callers.ZONE_OPERATOR)).singleElement().isEqualTo(new PublishedKey("old",
                NOW.minus(Duration.ofDays(31)), retiredAt, retiredAt.plus(Duration.ofMinutes(6)), false));
    }

    @Test
    void theActiveKeyShowsNoEndOfItsPublication() {
        keep(YOUNG);

        assertThat(rotating.list(Callers.ZONE_OPERATOR)).singleElement()
                .satisfies(key -> assertThat(key.publishedUntil()).isNull());
    }

    @Test
    void theZoneOfficeMayNotSeeTheKeys() {
        keep(YOUNG);

        assertThatThrownBy(() -> rotating.list(Callers.ZONE_OFFICE)).isInstanceOf(NotPermittedException.class);
    }

    private void keep(SigningKey... kept) {
        keys = InMemorySigningKeys.of(kept);
        ring = new KeyRing(keys, CLOCK, SETTINGS);
        rotating = new RotatingSigningKeys(keys, ring, CLOCK, SETTINGS);
    }

    /**
     * The operator's rotation as it runs in production, within a transaction: {@code beforeCommit} looks at what the
     * rotation left before the transaction commits.
     */
    private PublishedKey rotateInTransaction(Consumer<PublishedKey> beforeCommit) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            PublishedKey rotated = rotating.rotate(Callers.ZONE_OPERATOR);
            beforeCommit.accept(rotated);
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
            return rotated;
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
