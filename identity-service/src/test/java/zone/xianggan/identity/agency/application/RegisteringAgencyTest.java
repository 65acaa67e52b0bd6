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
import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.testsupport.slice.Callers;

class RegisteringAgencyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Registration STATISTICS = new Registration("hunan-stats", AgencyKind.SUBSCRIBER, null, null,
            "湖南省统计局", "Hunan Statistics Bureau", null, List.of(Topics.REGISTRY_COUNTIES_V1));

    private final InMemoryAgencies agencies = InMemoryAgencies.of(Accounts.liuyang());
    private final RecordingEvents events = new RecordingEvents();
    private final QuickHashes hashes = new QuickHashes();
    private final RegisteringAgency registering = new RegisteringAgency(agencies,
            new AgencyChanges(agencies, events), hashes.clientSecrets(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewAgencyIsStoredAtVersionOne() {
        IssuedSecret issued = registering.register(STATISTICS, "pilot subscriber", Callers.ZONE_OFFICE);

        assertThat(agencies.find("hunan-stats")).contains(issued.account());
        assertThat(issued.account().version()).isEqualTo(1);
    }

    @Test
    void aNewAgencyIsEnabled() {
        IssuedSecret issued = registering.register(STATISTICS, "pilot subscriber", Callers.ZONE_OFFICE);

        assertThat(issued.account().enabled()).isTrue();
    }

    @Test
    void aNewAgencyIsCreatedByTheCallersAgencyNow() {
        AgencyAccount registered = registering.register(STATISTICS, null, Callers.ZONE_OFFICE).account();

        assertThat(registered.createdBy()).isEqualTo("zone-office");
        assertThat(registered.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aNewAgencyHoldsEveryScopeOfItsKindWhenNoneAreNamed() {
        AgencyAccount registered = registering.register(new Registration("night-operator", AgencyKind.OPERATOR,
                null, null, "运维", "Operations", null, null), null, Callers.ZONE_OFFICE).account();

        assertThat(registered.scopes()).isEqualTo(AgencyKind.OPERATOR.grantableScopes());
    }

    @Test
    void theIssuedSecretIsTheOneTheStoredHashMatches() {
        IssuedSecret issued = registering.register(STATISTICS, null, Callers.ZONE_OFFICE);

        assertThat(hashes.matches(issued.clientSecret(), agencies.find("hunan-stats").orElseThrow().secretHash()))
                .isTrue();
    }

    @Test
    void theSecretItselfIsNotStored() {
        IssuedSecret issued = registering.register(STATISTICS, null, Callers.ZONE_OFFICE);

        assertThat(agencies.find("hunan-stats").orElseThrow().secretHash()).doesNotContain(issued.clientSecret());
    }

    @Test
    void theSecretIsThirtyTwoRandomBytesInBase64Url() {
        IssuedSecret issued = registering.register(STATISTICS, null, Callers.ZONE_OFFICE);

        assertThat(issued.clientSecret()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void everyAgencyGetsASecretOfItsOwn() {
        IssuedSecret first = registering.register(STATISTICS, null, Callers.ZONE_OFFICE);
        IssuedSecret second = registering.register(new Registration("jiangxi-stats", AgencyKind.SUBSCRIBER, null,
                null, "江西省统计局", "Jiangxi Statistics Bureau", null, null), null, Callers.ZONE_OFFICE);

        assertThat(second.clientSecret()).isNotEqualTo(first.clientSecret());
    }

    @Test
    void theRegistrationIsRecordedInTheHistory() {
        registering.register(STATISTICS, "pilot subscriber", Callers.ZONE_OFFICE);

        Recorded.theOnlyEntryOf(agencies, "hunan-stats")
                .isEqualTo(Recorded.byTheZoneOffice("hunan-stats", 1, ChangeType.REGISTERED, NOW, "pilot subscriber"));
    }

    @Test
    void theHistoryShowsTheRegisteredRightsButNoSecret() {
        registering.register(STATISTICS, null, Callers.ZONE_OFFICE);

        assertThat(agencies.history("hunan-stats").getFirst().changes()).containsOnlyKeys("kind", "nameZh",
                "nameEn", "scopes", "topics", "enabled");
    }

    @Test
    void aRegistrationWithoutAReasonIsRecordedWithoutOne() {
        registering.register(STATISTICS, "  ", Callers.ZONE_OFFICE);

        assertThat(agencies.history("hunan-stats").getFirst().reason()).isNull();
    }

    @Test
    void theNewAgencyIsAnnouncedForItsKafkaRights() {
        registering.register(STATISTICS, null, Callers.ZONE_OFFICE);

        assertThat(events.published()).containsExactly(new AgencyChanged("hunan-stats"));
    }

    @Test
    void aServiceAgencyIsRefusedNamingTheKind() {
        Registration service = new Registration("billing-service", AgencyKind.SERVICE, null, null, "计费", "Billing",
                null, null);

        assertThatThrownBy(() -> registering.register(service, null, Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("kind"));
    }

    @Test
    void aUnitAgencyWithoutItsUnitIsRefusedNamingTheUnit() {
        Registration withoutUnit = new Registration("yueyang", AgencyKind.UNIT_AGENCY, null, null, "岳阳", "Yueyang",
                null, null);

        assertThatThrownBy(() -> registering.register(withoutUnit, null, Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("unit"));
    }

    @Test
    void aReasonLongerThanFiveHundredCharactersIsRefusedNamingIt() {
        assertThatThrownBy(() -> registering.register(STATISTICS, "x".repeat(501), Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("reason"));
    }

    @Test
    void aRegistrationThatBreaksARuleWritesNothing() {
        Registration withoutNames = new Registration("hunan-stats", AgencyKind.SUBSCRIBER, null, null, null, null,
                null, null);

        assertThatThrownBy(() -> registering.register(withoutNames, null, Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(agencies.find("hunan-stats")).isEmpty();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void anIdAlreadyTakenIsAConflictNamingTheId() {
        Registration again = new Registration("liuyang", AgencyKind.SUBSCRIBER, null, null, "浏阳", "Liuyang", null,
                null);

        assertThatThrownBy(() -> registering.register(again, null, Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("id"));
    }

    @Test
    void anIdAlreadyTakenLeavesTheAgencyThatHasIt() {
        Registration again = new Registration("liuyang", AgencyKind.SUBSCRIBER, null, null, "浏阳", "Liuyang", null,
                null);

        assertThatThrownBy(() -> registering.register(again, null, Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class);

        Recorded.nothingWritten(agencies, events, Accounts.liuyang());
    }

    @Test
    void aRegistrationThatGoesAheadHashesItsSecretOnce() {
        registering.register(STATISTICS, null, Callers.ZONE_OFFICE);

        assertThat(hashes.hashesMade()).isEqualTo(1);
    }

    @Test
    void anIdAlreadyTakenIsRefusedBeforeASecretIsHashed() {
        Registration again = new Registration("liuyang", AgencyKind.SUBSCRIBER, null, null, "浏阳", "Liuyang", null,
                null);

        assertThatThrownBy(() -> registering.register(again, null, Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class);

        assertThat(hashes.hashesMade()).isZero();
    }

    @Test
    void aRegistrationThatBreaksARuleIsRefusedBeforeASecretIsHashed() {
        Registration withoutUnit = new Registration("yueyang", AgencyKind.UNIT_AGENCY, null, null, "岳阳", "Yueyang",
                null, null);

        assertThatThrownBy(() -> registering.register(withoutUnit, null, Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(hashes.hashesMade()).isZero();
    }

    @Test
    void aServiceAgencyIsRefusedBeforeASecretIsHashed() {
        Registration service = new Registration("billing-service", AgencyKind.SERVICE, null, null, "计费", "Billing",
                null, null);

        assertThatThrownBy(() -> registering.register(service, null, Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(hashes.hashesMade()).isZero();
    }

    @Test
    void aCallerWithoutTheRightIsRefusedBeforeASecretIsHashed() {
        assertThatThrownBy(() -> registering.register(STATISTICS, null, Callers.HUNAN_DRC))
                .isInstanceOf(NotPermittedException.class);

        assertThat(hashes.hashesMade()).isZero();
    }

    @Test
    void anIdAlreadyTakenIsAConflictEvenWhenTheRestOfTheRegistrationIsWrong() {
        Registration againWithoutNames = new Registration("liuyang", AgencyKind.SUBSCRIBER, null, null, null, null,
                null, null);

        assertThatThrownBy(() -> registering.register(againWithoutNames, null, Callers.ZONE_OFFICE))
                .satisfies(Refusals.conflictOver("id"));
    }

    @Test
    void aMalformedIdIsRefusedNamingItRatherThanLookedFor() {
        Registration malformed = new Registration("Not An Id", AgencyKind.SUBSCRIBER, null, null, "统计", "Stats",
                null, null);

        assertThatThrownBy(() -> registering.register(malformed, null, Callers.ZONE_OFFICE))
                .satisfies(Refusals.invalidNaming("id"));
    }

    @Test
    void theOperatorMayNotRegisterAnAgency() {
        assertThatThrownBy(() -> registering.register(STATISTICS, null, Callers.ZONE_OPERATOR))
                .satisfies(Refusals.notPermittedBy(AgencyRules.MANAGE));
    }

    @Test
    void theZoneOfficeMayNotRegisterWithATokenLackingAgenciesManage() {
        Caller readingOnly = new Caller(new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                Set.of(Scope.ZONE_READ)), null);

        assertThatThrownBy(() -> registering.register(STATISTICS, null, readingOnly))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aCallerWithoutTheRightLearnsNothingOfWhatIsWrongWithTheRequest() {
        Registration service = new Registration("billing-service", AgencyKind.SERVICE, null, null, null, null, null,
                null);

        assertThatThrownBy(() -> registering.register(service, null, Callers.HUNAN_DRC))
                .isInstanceOf(NotPermittedException.class);
    }
}
