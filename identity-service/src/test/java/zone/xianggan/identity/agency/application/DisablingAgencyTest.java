package zone.xianggan.identity.agency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zone.xianggan.identity.Accounts;
import zone.xianggan.identity.Refusals;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.testsupport.slice.Callers;

class DisablingAgencyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final InMemoryAgencies agencies = InMemoryAgencies.of(Accounts.liuyang(), Accounts.zoneOffice(),
            Accounts.registryService(), Accounts.disabled(Accounts.subscriber()));
    private final RecordingEvents events = new RecordingEvents();
    private final DisablingAgency disabling = new DisablingAgency(new AgencyChanges(agencies, events),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theDisabledAgencyIsStoredAtItsNextVersion() {
        AgencyAccount disabled = disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);

        assertThat(disabled.version()).isEqualTo(2);
        assertThat(agencies.find("liuyang")).contains(disabled);
    }

    @Test
    void theDisabledAgencyIsNoLongerEnabled() {
        AgencyAccount disabled = disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);

        assertThat(disabled.enabled()).isFalse();
    }

    @Test
    void theDisabledAgencyIsChangedByTheCallersAgencyNow() {
        AgencyAccount disabled = disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);

        assertThat(disabled.changedBy()).isEqualTo("zone-office");
        assertThat(disabled.changedAt()).isEqualTo(NOW);
    }

    @Test
    void theDisablementIsRecordedInTheHistory() {
        disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);

        Recorded.theOnlyEntryOf(agencies, "liuyang")
                .isEqualTo(Recorded.byTheZoneOffice("liuyang", 2, ChangeType.DISABLED, NOW, "contract ended"));
    }

    @Test
    void theHistoryShowsTheAgencyGoingFromEnabledToDisabled() {
        disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);

        assertThat(agencies.history("liuyang").getFirst().changes())
                .containsExactly(Map.entry("enabled", new FieldChange(true, false)));
    }

    @Test
    void theDisablementIsAnnouncedForItsKafkaRights() {
        disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);

        assertThat(events.published()).containsExactly(new AgencyChanged("liuyang"));
    }

    @Test
    void aDisablementNeedsAReason() {
        assertThatThrownBy(() -> disabling.disable("liuyang", 1, " ", Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("reason"));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> disabling.disable("demo-subscriber", 1, "again", Callers.ZONE_OFFICE))
                .satisfies(Refusals.staleAgainst(2));
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        assertThatThrownBy(() -> disabling.disable("nobody", 1, "gone", Callers.ZONE_OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aServiceOfTheZoneIsNotDisabledNamingItsKind() {
        assertThatThrownBy(() -> disabling.disable("registry-service", 1, "leaked", Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("kind"));
    }

    @Test
    void theZoneOfficeDoesNotDisableItself() {
        assertThatThrownBy(() -> disabling.disable("zone-office", 1, "by mistake", Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("id"));
    }

    @Test
    void aDisabledAgencyIsNotDisabledAgain() {
        assertThatThrownBy(() -> disabling.disable("demo-subscriber", 2, "twice", Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("enabled"));
    }

    @Test
    void aRefusedDisablementWritesNothing() {
        assertThatThrownBy(() -> disabling.disable("registry-service", 1, "leaked", Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class);

        Recorded.nothingWritten(agencies, events, Accounts.registryService());
    }

    @Test
    void theOperatorMayNotDisableAnAgency() {
        assertThatThrownBy(() -> disabling.disable("liuyang", 1, "contract ended", Callers.ZONE_OPERATOR))
                .satisfies(Refusals.notPermittedBy(AgencyRules.MANAGE));
    }

    @Test
    void aCallerWithoutTheRightLearnsNotWhetherTheAgencyExists() {
        assertThatThrownBy(() -> disabling.disable("nobody", 1, "gone", Callers.HUNAN_DRC))
                .isInstanceOf(NotPermittedException.class);
    }
}
