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
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.testsupport.slice.Callers;

class EnablingAgencyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final AgencyAccount DISABLED = Accounts.disabled(Accounts.subscriber());

    private final InMemoryAgencies agencies = InMemoryAgencies.of(Accounts.liuyang(), DISABLED);
    private final RecordingEvents events = new RecordingEvents();
    private final EnablingAgency enabling = new EnablingAgency(new AgencyChanges(agencies, events),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theEnabledAgencyIsStoredAtItsNextVersion() {
        AgencyAccount enabled = enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OFFICE);

        assertThat(enabled.version()).isEqualTo(3);
        assertThat(agencies.find("demo-subscriber")).contains(enabled);
    }

    @Test
    void theEnabledAgencyIsEnabled() {
        AgencyAccount enabled = enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OFFICE);

        assertThat(enabled.enabled()).isTrue();
    }

    @Test
    void theEnabledAgencyKeepsTheSecretItHad() {
        AgencyAccount enabled = enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OFFICE);

        assertThat(enabled.secretHash()).isEqualTo(Accounts.seededHash("demo-subscriber"));
        assertThat(enabled.secretRotatedAt()).isEqualTo(Accounts.SEEDED_AT);
    }

    @Test
    void theEnablementIsRecordedInTheHistory() {
        enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OFFICE);

        Recorded.theOnlyEntryOf(agencies, "demo-subscriber")
                .isEqualTo(Recorded.byTheZoneOffice("demo-subscriber", 3, ChangeType.ENABLED, NOW, "contract renewed"));
    }

    @Test
    void theHistoryShowsTheAgencyGoingFromDisabledToEnabled() {
        enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OFFICE);

        assertThat(agencies.history("demo-subscriber").getFirst().changes())
                .containsExactly(Map.entry("enabled", new FieldChange(false, true)));
    }

    @Test
    void theEnablementIsAnnouncedForItsKafkaRights() {
        enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OFFICE);

        assertThat(events.published()).containsExactly(new AgencyChanged("demo-subscriber"));
    }

    @Test
    void anEnabledAgencyIsNotEnabledAgain() {
        assertThatThrownBy(() -> enabling.enable("liuyang", 1, "twice", Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("enabled"));
    }

    @Test
    void anEnablementNeedsAReason() {
        assertThatThrownBy(() -> enabling.enable("demo-subscriber", 2, null, Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("reason"));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> enabling.enable("demo-subscriber", 1, "contract renewed", Callers.ZONE_OFFICE))
                .satisfies(Refusals.staleAgainst(2));
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        assertThatThrownBy(() -> enabling.enable("nobody", 1, "back", Callers.ZONE_OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRefusedEnablementWritesNothing() {
        assertThatThrownBy(() -> enabling.enable("demo-subscriber", 1, "contract renewed", Callers.ZONE_OFFICE))
                .isInstanceOf(StaleVersionException.class);

        Recorded.nothingWritten(agencies, events, DISABLED);
    }

    @Test
    void theOperatorMayNotEnableAnAgency() {
        assertThatThrownBy(() -> enabling.enable("demo-subscriber", 2, "contract renewed", Callers.ZONE_OPERATOR))
                .satisfies(Refusals.notPermittedBy(AgencyRules.MANAGE));
    }
}
