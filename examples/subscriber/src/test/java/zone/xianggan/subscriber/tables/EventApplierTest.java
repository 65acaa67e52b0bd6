package zone.xianggan.subscriber.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;

class EventApplierTest {

    private final InMemoryTables tables = new InMemoryTables();
    private final EventApplier applier = new EventApplier(tables);

    @Test
    void aUnitNotHeldYetIsTaken() {
        Outcome outcome = applier.county("e1", liuyang(1, "Liuyang"));

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(tables.counties.get("430181").nameEn()).isEqualTo("Liuyang");
    }

    @Test
    void aNewerVersionOfAUnitReplacesTheOneHeld() {
        applier.county("e1", liuyang(1, "Liuyang"));

        Outcome outcome = applier.county("e2", liuyang(2, "Liuyang City"));

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(tables.counties.get("430181").version()).isEqualTo(2);
        assertThat(tables.counties.get("430181").nameEn()).isEqualTo("Liuyang City");
    }

    @Test
    void anOlderVersionOfAUnitArrivingLateChangesNothing() {
        applier.county("e2", liuyang(2, "Liuyang City"));

        Outcome outcome = applier.county("e1", liuyang(1, "Liuyang"));

        assertThat(outcome).isEqualTo(Outcome.OUTDATED);
        assertThat(tables.counties.get("430181").nameEn()).isEqualTo("Liuyang City");
    }

    /** The registry announces every unit again with its version unchanged (docs/topics.md). */
    @Test
    void theVersionHeldAnnouncedAgainUnderANewEventIdChangesNothing() {
        applier.county("e1", liuyang(1, "Liuyang"));

        Outcome outcome = applier.county("announcement", liuyang(1, "Liuyang"));

        assertThat(outcome).isEqualTo(Outcome.OUTDATED);
    }

    @Test
    void anEventDeliveredAgainIsRecognisedByItsIdAndChangesNothing() {
        applier.county("e1", liuyang(1, "Liuyang"));
        applier.county("e2", liuyang(2, "Liuyang City"));

        Outcome outcome = applier.county("e2", liuyang(2, "Liuyang City"));

        assertThat(outcome).isEqualTo(Outcome.DUPLICATE);
        assertThat(tables.processed).containsExactlyInAnyOrder("e1", "e2");
    }

    @Test
    void aRevisionReplacesTheValueItRevises() {
        applier.value("v1", visits(1, "21500000"));

        Outcome outcome = applier.value("v2", visits(2, "21800000"));

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(tables.values.get(List.of("430181", "RED_TOURISM_VISITS", "2025")).value())
                .isEqualByComparingTo("21800000");
    }

    @Test
    void anEarlierRevisionReplayedAfterALaterOneChangesNothing() {
        applier.value("v1", visits(1, "21500000"));
        applier.value("v2", visits(2, "21800000"));

        Outcome outcome = applier.value("v1-again", visits(1, "21500000"));

        assertThat(outcome).isEqualTo(Outcome.OUTDATED);
        assertThat(tables.values.get(List.of("430181", "RED_TOURISM_VISITS", "2025")).revision()).isEqualTo(2);
    }

    @Test
    void valuesOfAnotherPeriodAreKeptApart() {
        applier.value("v1", visits(1, "21500000"));

        Outcome outcome = applier.value("v2", new ReportedValue("430181", "RED_TOURISM_VISITS", "2024",
                new BigDecimal("19000000"), null, null, "liuyang", 1, null, null, Instant.now(), null));

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(tables.values).hasSize(2);
    }

    private static CountySnapshot liuyang(long version, String nameEn) {
        return new CountySnapshot("430181", "浏阳市", nameEn, "COUNTY_LEVEL_CITY", "430000", "430100",
                List.of("liuyang-liling-shangli-xiangdong-anyuan-luxi"), List.of(), CountySnapshot.ACTIVE, null, null,
                version, Instant.parse("2026-11-28T14:00:37Z"), "hunan-drc", null);
    }

    private static ReportedValue visits(int revision, String value) {
        return new ReportedValue("430181", "RED_TOURISM_VISITS", "2025", new BigDecimal(value), null, null,
                "liuyang", revision, null, revision > 1 ? "final figure" : null, Instant.now(), null);
    }
}
