package zone.xianggan.indicators.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.indicators.RecordingOutbox;
import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.testsupport.slice.Callers;

class DefiningIndicatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final DefineIndicator VEHICLES = summed("NEW_ENERGY_VEHICLES", "Agreed by the zone office");

    private final InMemoryIndicators indicators = InMemoryIndicators.holding(SeededCatalogue.RESIDENT_POPULATION,
            SeededCatalogue.URBAN_RESIDENT_POPULATION, SeededCatalogue.URBANIZATION_RATE,
            SeededCatalogue.RED_TOURISM_VISITS, SeededCatalogue.retired(SeededCatalogue.GDP));
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final DefiningIndicator defining = new DefiningIndicator(indicators,
            new IndicatorChanges(indicators, outbox.outbox()), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewIndicatorIsStoredActiveAtVersionOne() {
        Indicator defined = defining.define(VEHICLES, Callers.ZONE_OFFICE);

        assertThat(indicators.find("NEW_ENERGY_VEHICLES")).contains(defined);
        assertThat(defined.version()).isEqualTo(1);
        assertThat(defined.status()).isEqualTo(IndicatorStatus.ACTIVE);
    }

    @Test
    void theDefinitionIsRecordedInTheHistoryAsTheCallersChange() {
        defining.define(VEHICLES, Callers.ZONE_OFFICE);

        assertThat(indicators.history("NEW_ENERGY_VEHICLES")).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.DEFINED);
            assertThat(entry.version()).isEqualTo(1);
            assertThat(entry.actor()).isEqualTo(new Actor("zone-office", "planner"));
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.reason()).isEqualTo("Agreed by the zone office");
        });
    }

    @Test
    void aDefinitionWithoutAReasonIsRecordedWithoutOne() {
        defining.define(summed("NEW_ENERGY_VEHICLES", null), Callers.ZONE_OFFICE);

        assertThat(indicators.history("NEW_ENERGY_VEHICLES")).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isNull());
    }

    @Test
    void theNewIndicatorsSnapshotIsAppendedAsIndicatorDefined() {
        Indicator defined = defining.define(VEHICLES, Callers.ZONE_OFFICE);

        assertThat(outbox.appended()).containsExactly(new PendingEvent(EventType.INDICATOR_DEFINED,
                "NEW_ENERGY_VEHICLES", IndicatorSnapshots.of(defined)));
    }

    @Test
    void aRateOfIndicatorsInTheCatalogueIsDefined() {
        Indicator defined = defining.define(perThousandResidents("URBAN_RESIDENT_POPULATION"), Callers.ZONE_OFFICE);

        assertThat(indicators.find("PER_1000_RESIDENTS")).contains(defined);
    }

    @Test
    void aCodeAlreadyInTheCatalogueIsAConflict() {
        assertThatThrownBy(() -> defining.define(summed("RESIDENT_POPULATION", null), Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("RESIDENT_POPULATION");
    }

    @Test
    void aRefusedDefinitionWritesNothing() {
        assertThatThrownBy(() -> defining.define(summed("RESIDENT_POPULATION", null), Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class);

        assertThat(indicators.find("RESIDENT_POPULATION")).contains(SeededCatalogue.RESIDENT_POPULATION);
        assertThat(indicators.history("RESIDENT_POPULATION")).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aMalformedCodeIsRefusedAsMalformedNamingTheCode() {
        assertThatThrownBy(() -> defining.define(summed("new-energy-vehicles", null), Callers.ZONE_OFFICE))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("code"));
    }

    @Test
    void everyFieldTheDefinitionLacksIsNamed() {
        DefineIndicator bare = new DefineIndicator("NEW_ENERGY_VEHICLES", null, null, null, null, null, null, null,
                null, null, null);

        assertThatThrownBy(() -> defining.define(bare, Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("nameZh", "nameEn",
                        "unit", "periodicity", "planArea", "direction", "aggregation"));
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedNamingTheMaximum() {
        DefineIndicator upsideDown = new DefineIndicator("NEW_ENERGY_VEHICLES", "新能源汽车保有量",
                "New energy vehicles registered", "vehicles", Periodicity.YEAR,
                PlanArea.INFRASTRUCTURE_CONNECTIVITY, AggregationRule.sum(), Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN, BigDecimal.ONE, null);

        assertThatThrownBy(() -> defining.define(upsideDown, Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("maximum"));
    }

    @Test
    void aRateOfAnIndicatorNotInTheCatalogueIsRefusedNamingTheNumerator() {
        assertNumeratorRefused("NEW_ENERGY_VEHICLES", "no indicator NEW_ENERGY_VEHICLES in the catalogue");
    }

    @Test
    void aRateOfARetiredIndicatorIsRefusedNamingTheNumerator() {
        assertNumeratorRefused("GDP", "indicator GDP is retired");
    }

    @Test
    void aRateOfARateIsRefusedNamingTheNumerator() {
        assertNumeratorRefused("URBANIZATION_RATE", "is not summed across units");
    }

    @Test
    void aRateOfAnIndicatorReportedByAnotherPeriodicityIsRefusedNamingTheNumerator() {
        assertNumeratorRefused("RED_TOURISM_VISITS", "is reported by QUARTER, not YEAR");
    }

    @Test
    void aProvincesDrcMayNotDefineAnIndicator() {
        assertThatThrownBy(() -> defining.define(VEHICLES, Callers.HUNAN_DRC))
                .isInstanceOf(NotPermittedException.class);
        assertThat(indicators.find("NEW_ENERGY_VEHICLES")).isEmpty();
    }

    private void assertNumeratorRefused(String numerator, String reason) {
        assertThatThrownBy(() -> defining.define(perThousandResidents(numerator), Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("aggregation.numerator");
                            assertThat(violation.reason()).contains(reason);
                        }));
    }

    private static DefineIndicator summed(String code, String reason) {
        return new DefineIndicator(code, "新能源汽车保有量", "New energy vehicles registered", "vehicles",
                Periodicity.YEAR, PlanArea.INFRASTRUCTURE_CONNECTIVITY, AggregationRule.sum(),
                Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, null, reason);
    }

    /** A yearly rate: the numerator's sum per thousand residents. */
    private static DefineIndicator perThousandResidents(String numerator) {
        return new DefineIndicator("PER_1000_RESIDENTS", "每千人", "Per 1,000 residents", "per 1,000 residents",
                Periodicity.YEAR, PlanArea.PUBLIC_SERVICES, AggregationRule.ratio(numerator, "RESIDENT_POPULATION",
                        new BigDecimal("1000")), Direction.HIGHER_IS_BETTER, null, null, null);
    }
}
