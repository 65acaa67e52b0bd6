package zone.xianggan.identity.agency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zone.xianggan.identity.Accounts;
import zone.xianggan.identity.Refusals;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.testsupport.slice.Callers;

class ReadingAgenciesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final InMemoryAgencies agencies = InMemoryAgencies.of(Accounts.zoneOffice(), Accounts.liuyang(),
            Accounts.subscriber(), Accounts.hunanDrc());
    private final ReadingAgencies reading = new ReadingAgencies(agencies);

    @Test
    void theZoneOfficeReadsEveryAgencyInTheOrderOfTheirIds() {
        assertThat(reading.list(null, Callers.ZONE_OFFICE)).extracting(AgencyAccount::id)
                .containsExactly("demo-subscriber", "hunan-drc", "liuyang", "zone-office");
    }

    @Test
    void theListHoldsOnlyAgenciesOfTheKindAskedFor() {
        assertThat(reading.list(AgencyKind.UNIT_AGENCY, Callers.ZONE_OFFICE)).extracting(AgencyAccount::id)
                .containsExactly("liuyang");
    }

    @Test
    void theOperatorReadsTheRegister() {
        assertThat(reading.list(null, Callers.ZONE_OPERATOR)).hasSize(4);
    }

    @Test
    void aProvincialDrcMayNotReadTheRegister() {
        assertThatThrownBy(() -> reading.list(null, Callers.HUNAN_DRC))
                .satisfies(Refusals.notPermittedBy(AgencyRules.READ));
    }

    @Test
    void oneAgencyIsReadByItsId() {
        assertThat(reading.get("liuyang", Callers.ZONE_OPERATOR)).isEqualTo(Accounts.liuyang());
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        assertThatThrownBy(() -> reading.get("nobody", Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(NotFoundException.class, missing -> assertThat(missing.id())
                        .isEqualTo("nobody"));
    }

    @Test
    void aUnitAgencyMayNotReadEvenItsOwnAccount() {
        assertThatThrownBy(() -> reading.get("liuyang", Callers.LIUYANG))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theHistoryIsReadOldestFirst() {
        AgencyAccount disabled = Accounts.liuyang().disable("zone-office", NOW).after();
        agencies.appendHistory(entry(disabled, ChangeType.DISABLED));
        agencies.appendHistory(entry(Accounts.liuyang(), ChangeType.REGISTERED));

        assertThat(reading.history("liuyang", Callers.ZONE_OPERATOR)).extracting(HistoryEntry::type)
                .containsExactly(ChangeType.REGISTERED, ChangeType.DISABLED);
    }

    @Test
    void theHistoryHoldsOnlyTheAgencyAskedFor() {
        agencies.appendHistory(entry(Accounts.liuyang(), ChangeType.REGISTERED));
        agencies.appendHistory(entry(Accounts.subscriber(), ChangeType.REGISTERED));

        assertThat(reading.history("liuyang", Callers.ZONE_OFFICE)).extracting(HistoryEntry::subject)
                .containsExactly("liuyang");
    }

    @Test
    void theHistoryOfAnUnknownAgencyIsNotFound() {
        assertThatThrownBy(() -> reading.history("nobody", Callers.ZONE_OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSubscriberMayNotReadAnAgencysHistory() {
        assertThatThrownBy(() -> reading.history("liuyang", Callers.WITHOUT_SCOPES))
                .isInstanceOf(NotPermittedException.class);
    }

    private static HistoryEntry<ChangeType> entry(AgencyAccount account, ChangeType type) {
        return new HistoryEntry<>(account.id(), account.version(), type, Callers.ZONE_OFFICE.actor(),
                account.changedAt(), null, Map.of());
    }
}
