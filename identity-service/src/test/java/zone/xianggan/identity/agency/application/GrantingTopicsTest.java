package zone.xianggan.identity.agency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.Topics;
import zone.xianggan.identity.Accounts;
import zone.xianggan.identity.Refusals;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.testsupport.slice.Callers;

class GrantingTopicsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final List<String> VALUES_AND_PROJECTS = List.of(Topics.INDICATORS_VALUES_V1,
            Topics.COOPERATION_PROJECTS_V1);

    private final InMemoryAgencies agencies = InMemoryAgencies.of(Accounts.liuyang(), Accounts.subscriber());
    private final RecordingEvents events = new RecordingEvents();
    private final GrantingTopics granting = new GrantingTopics(new AgencyChanges(agencies, events),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theGrantedTopicsReplaceTheOnesHeld() {
        AgencyAccount granted = granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "dashboard",
                Callers.ZONE_OFFICE);

        assertThat(granted.topics()).containsExactlyInAnyOrderElementsOf(VALUES_AND_PROJECTS);
    }

    @Test
    void theSubscriberIsStoredAtItsNextVersion() {
        AgencyAccount granted = granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "dashboard",
                Callers.ZONE_OFFICE);

        assertThat(granted.version()).isEqualTo(2);
        assertThat(agencies.find("demo-subscriber")).contains(granted);
    }

    @Test
    void anEmptyListTakesEveryTopicAway() {
        AgencyAccount granted = granting.grant("demo-subscriber", 1, List.of(), "paused", Callers.ZONE_OFFICE);

        assertThat(granted.topics()).isEmpty();
    }

    @Test
    void theGrantIsRecordedInTheHistory() {
        granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "dashboard", Callers.ZONE_OFFICE);

        Recorded.theOnlyEntryOf(agencies, "demo-subscriber")
                .isEqualTo(Recorded.byTheZoneOffice("demo-subscriber", 2, ChangeType.TOPICS_CHANGED, NOW, "dashboard"));
    }

    @Test
    void theHistoryShowsHowTheTopicsChanged() {
        granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "dashboard", Callers.ZONE_OFFICE);

        assertThat(agencies.history("demo-subscriber").getFirst().changes().get("topics")).isEqualTo(
                new FieldChange(Set.of(Topics.REGISTRY_COUNTIES_V1), Set.copyOf(VALUES_AND_PROJECTS)));
    }

    @Test
    void theGrantIsAnnouncedForItsKafkaRights() {
        granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "dashboard", Callers.ZONE_OFFICE);

        assertThat(events.published()).containsExactly(new AgencyChanged("demo-subscriber"));
    }

    @Test
    void grantingTheTopicsHeldAnswersTheAgencyAsItIs() {
        AgencyAccount unchanged = granting.grant("demo-subscriber", 1, List.of(Topics.REGISTRY_COUNTIES_V1),
                "no change", Callers.ZONE_OFFICE);

        assertThat(unchanged).isEqualTo(Accounts.subscriber());
    }

    @Test
    void grantingTheTopicsHeldWritesNothing() {
        granting.grant("demo-subscriber", 1, List.of(Topics.REGISTRY_COUNTIES_V1), "no change", Callers.ZONE_OFFICE);

        assertThat(agencies.history("demo-subscriber")).isEmpty();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void aMissingListIsRefusedNamingTheTopics() {
        assertThatThrownBy(() -> granting.grant("demo-subscriber", 1, null, "dashboard", Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("topics"));
    }

    @Test
    void aTopicTheZoneDoesNotHaveIsRefusedNamingTheTopics() {
        assertThatThrownBy(() -> granting.grant("demo-subscriber", 1, List.of("registry.secrets.v1"), "dashboard",
                Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("topics"));
    }

    @Test
    void onlyASubscriberIsGrantedTopics() {
        assertThatThrownBy(() -> granting.grant("liuyang", 1, VALUES_AND_PROJECTS, "dashboard", Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("kind"));
    }

    @Test
    void aGrantNeedsAReason() {
        assertThatThrownBy(() -> granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "", Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("reason"));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> granting.grant("demo-subscriber", 0, VALUES_AND_PROJECTS, "dashboard",
                Callers.ZONE_OFFICE))
                .satisfies(Refusals.staleAgainst(1));
    }

    @Test
    void aRefusedGrantWritesNothing() {
        assertThatThrownBy(() -> granting.grant("demo-subscriber", 1, List.of(Topics.INDICATORS_VALUES_V1,
                "registry.secrets.v1"), "dashboard", Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class);

        Recorded.nothingWritten(agencies, events, Accounts.subscriber());
    }

    @Test
    void aSubscriberMayNotGrantItselfTopics() {
        assertThatThrownBy(() -> granting.grant("demo-subscriber", 1, VALUES_AND_PROJECTS, "dashboard",
                Callers.WITHOUT_SCOPES))
                .satisfies(Refusals.notPermittedBy(AgencyRules.MANAGE));
    }
}
