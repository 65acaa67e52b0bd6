package zone.xianggan.identity.agency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.identity.Accounts;
import zone.xianggan.identity.Refusals;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.testsupport.slice.Callers;

class RotatingAgencySecretTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final InMemoryAgencies agencies = InMemoryAgencies.of(Accounts.liuyang(), Accounts.identityService(),
            Accounts.disabled(Accounts.subscriber()));
    private final RecordingEvents events = new RecordingEvents();
    private final QuickHashes hashes = new QuickHashes();
    private final RotatingAgencySecret rotating = new RotatingAgencySecret(new AgencyChanges(agencies, events),
            hashes.clientSecrets(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theNewSecretIsTheOneTheStoredHashMatches() {
        IssuedSecret issued = rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);

        assertThat(hashes.matches(issued.clientSecret(), agencies.find("liuyang").orElseThrow().secretHash()))
                .isTrue();
    }

    @Test
    void theOldSecretStopsMatchingAtOnce() {
        rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);

        assertThat(agencies.find("liuyang").orElseThrow().secretHash()).isNotEqualTo(Accounts.seededHash("liuyang"));
    }

    @Test
    void theNewSecretIsThirtyTwoRandomBytesInBase64Url() {
        IssuedSecret issued = rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);

        assertThat(issued.clientSecret()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theAgencyWithItsNewSecretIsStoredAtItsNextVersion() {
        AgencyAccount rotated = rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE).account();

        assertThat(rotated.version()).isEqualTo(2);
        assertThat(agencies.find("liuyang")).contains(rotated);
    }

    @Test
    void theAgencyShowsWhenItsSecretWasReplaced() {
        AgencyAccount rotated = rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE).account();

        assertThat(rotated.secretRotatedAt()).isEqualTo(NOW);
    }

    @Test
    void aDisabledAgencyStaysDisabledWithItsNewSecret() {
        AgencyAccount rotated = rotating.rotate("demo-subscriber", 2, "before renewal", Callers.ZONE_OFFICE)
                .account();

        assertThat(rotated.enabled()).isFalse();
    }

    @Test
    void theNewSecretIsRecordedInTheHistory() {
        rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);

        Recorded.theOnlyEntryOf(agencies, "liuyang")
                .isEqualTo(Recorded.byTheZoneOffice("liuyang", 2, ChangeType.SECRET_ROTATED, NOW, "leaked"));
    }

    @Test
    void theHistoryShowsOnlyWhenTheSecretWasReplaced() {
        rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);

        assertThat(agencies.history("liuyang").getFirst().changes()).containsOnlyKeys("secretRotatedAt");
    }

    @Test
    void aNewSecretNeedsNoReason() {
        rotating.rotate("liuyang", 1, null, Callers.ZONE_OFFICE);

        assertThat(agencies.history("liuyang").getFirst().reason()).isNull();
    }

    @Test
    void theNewSecretIsAnnouncedAsAChangeOfTheAgency() {
        rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);

        assertThat(events.published()).containsExactly(new AgencyChanged("liuyang"));
    }

    @Test
    void identityServicesOwnSecretIsNotReplacedHereNamingTheId() {
        assertThatThrownBy(() -> rotating.rotate("identity-service", 1, "leaked", Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("id"));
    }

    @Test
    void aRefusedNewSecretWritesNothing() {
        assertThatThrownBy(() -> rotating.rotate("identity-service", 1, "leaked", Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class);

        Recorded.nothingWritten(agencies, events, Accounts.identityService());
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> rotating.rotate("demo-subscriber", 1, "leaked", Callers.ZONE_OFFICE))
                .satisfies(Refusals.staleAgainst(2));
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        assertThatThrownBy(() -> rotating.rotate("nobody", 1, "leaked", Callers.ZONE_OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOperatorMayNotGiveAnAgencyANewSecret() {
        assertThatThrownBy(() -> rotating.rotate("liuyang", 1, "leaked", Callers.ZONE_OPERATOR))
                .satisfies(Refusals.notPermittedBy(AgencyRules.MANAGE));
    }

    @Test
    void anAgencyMayNotGiveItselfANewSecret() {
        assertThatThrownBy(() -> rotating.rotate("liuyang", 1, "leaked", Callers.LIUYANG))
                .isInstanceOf(NotPermittedException.class);
    }
}
