package zone.xianggan.indicators.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

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
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.testsupport.slice.Callers;

class RevisingIndicatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final String GDP = "GDP";
    private static final DefineIndicator GDP_AT_CONSTANT_PRICES = gdp("Gross domestic product (constant prices)",
            "CNY", Periodicity.YEAR);

    private final Set<String> withValues = new HashSet<>();
    private final InMemoryIndicators indicators = InMemoryIndicators.holding(SeededCatalogue.GDP,
            SeededCatalogue.RESIDENT_POPULATION, SeededCatalogue.URBAN_RESIDENT_POPULATION,
            SeededCatalogue.URBANIZATION_RATE, SeededCatalogue.retired(SeededCatalogue.URBAN_DISPOSABLE_INCOME));
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RevisingIndicator revising = new RevisingIndicator(indicators, withValues::contains,
            new IndicatorChanges(indicators, outbox.outbox()), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRevisionAtTheCurrentVersionStoresTheNextVersion() {
        Indicator revised = revise(GDP, 1, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE);

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.definition().nameEn()).isEqualTo("Gross domestic product (constant prices)");
        assertThat(indicators.find(GDP)).contains(revised);
    }

    @Test
    void theRevisionIsRecordedInTheHistoryWithTheFieldsItChanged() {
        revise(GDP, 1, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE);

        assertThat(indicators.history(GDP)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.REVISED);
            assertThat(entry.version()).isEqualTo(2);
            assertThat(entry.changes()).containsOnlyKeys("nameEn").containsEntry("nameEn", new FieldChange(
                    "Gross domestic product (current prices)", "Gross domestic product (constant prices)"));
            assertThat(entry.actor()).isEqualTo(new Actor("zone-office", "planner"));
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.reason()).isEqualTo("as the yearbook names it");
        });
    }

    @Test
    void theRevisedSnapshotIsAppendedAsIndicatorUpdated() {
        Indicator revised = revise(GDP, 1, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE);

        assertThat(outbox.appended()).containsExactly(
                new PendingEvent(EventType.INDICATOR_UPDATED, GDP, IndicatorSnapshots.of(revised)));
    }

    @Test
    void theDefinitionAlreadyHeldChangesNothing() {
        Indicator answered = revise(GDP, 1, gdp("Gross domestic product (current prices)", "CNY",
                Periodicity.YEAR), Callers.ZONE_OFFICE);

        assertThat(answered).isEqualTo(SeededCatalogue.GDP);
        assertThat(indicators.history(GDP)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void theUnitOfAnIndicatorWithoutValuesMayChange() {
        Indicator revised = revise(GDP, 1, gdp("Gross domestic product (current prices)",
                "10,000 CNY", Periodicity.YEAR), Callers.ZONE_OFFICE);

        assertThat(revised.unit()).isEqualTo("10,000 CNY");
    }

    @Test
    void theUnitOfAnIndicatorWithValuesCannotChange() {
        withValues.add(GDP);

        assertThatThrownBy(() -> revise(GDP, 1, gdp("Gross domestic product (current prices)",
                "10,000 CNY", Periodicity.YEAR), Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("field", "unit"));
    }

    @Test
    void thePeriodicityOfAnIndicatorWithValuesCannotChange() {
        withValues.add(GDP);

        assertThatThrownBy(() -> revise(GDP, 1, gdp("Gross domestic product (current prices)", "CNY",
                Periodicity.QUARTER), Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("field", "periodicity"));
    }

    @Test
    void theNamesOfAnIndicatorWithValuesMayChange() {
        withValues.add(GDP);

        Indicator revised = revise(GDP, 1, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE);

        assertThat(revised.version()).isEqualTo(2);
    }

    @Test
    void thePeriodicityOfAnIndicatorARateIsComputedFromCannotChange() {
        DefineIndicator quarterly = new DefineIndicator("RESIDENT_POPULATION", "常住人口",
                "Permanent resident population (year-end)", "persons", Periodicity.QUARTER,
                PlanArea.URBAN_RURAL_INTEGRATION, AggregationRule.sum(), Direction.HIGHER_IS_BETTER,
                BigDecimal.ZERO, new BigDecimal("100000000"), null);

        assertThatThrownBy(() -> revise("RESIDENT_POPULATION", 1, quarterly, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("usedBy", "URBANIZATION_RATE"));
    }

    @Test
    void anIndicatorARateIsComputedFromStaysSummed() {
        DefineIndicator weighted = new DefineIndicator("RESIDENT_POPULATION", "常住人口",
                "Permanent resident population (year-end)", "persons", Periodicity.YEAR,
                PlanArea.URBAN_RURAL_INTEGRATION, AggregationRule.weightedMean("URBAN_RESIDENT_POPULATION"),
                Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("100000000"), null);

        assertThatThrownBy(() -> revise("RESIDENT_POPULATION", 1, weighted, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("usedBy", "URBANIZATION_RATE"));
    }

    @Test
    void aRateRevisedToAComponentNotInTheCatalogueIsRefusedNamingIt() {
        DefineIndicator ofHouseholds = new DefineIndicator("URBANIZATION_RATE", "常住人口城镇化率",
                "Urbanization rate of the permanent population", "%", Periodicity.YEAR,
                PlanArea.URBAN_RURAL_INTEGRATION, AggregationRule.ratio("URBAN_RESIDENT_POPULATION", "HOUSEHOLDS",
                        new BigDecimal("100")), Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("100"),
                null);

        assertThatThrownBy(() -> revise("URBANIZATION_RATE", 1, ofHouseholds, Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal))
                        .containsExactly("aggregation.denominator"));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        revise(GDP, 1, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE);

        assertThatThrownBy(() -> revise(GDP, 1, gdp("GDP", "CNY", Periodicity.YEAR), Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale.expected()).isEqualTo(1);
                    assertThat(stale.current()).isEqualTo(2);
                });
    }

    @Test
    void aStaleRevisionWritesNothing() {
        assertThatThrownBy(() -> revise(GDP, 2, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE))
                .isInstanceOf(StaleVersionException.class);

        assertThat(indicators.find(GDP)).contains(SeededCatalogue.GDP);
        assertThat(indicators.history(GDP)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        assertThatThrownBy(() -> revise("GDP_PER_CAPITA", 1, GDP_AT_CONSTANT_PRICES, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(NotFoundException.class, missing -> {
                    assertThat(missing.resource()).isEqualTo("indicator");
                    assertThat(missing.id()).isEqualTo("GDP_PER_CAPITA");
                });
    }

    @Test
    void aRetiredIndicatorCannotBeRevised() {
        DefineIndicator weighted = new DefineIndicator("URBAN_DISPOSABLE_INCOME", "城镇居民人均可支配收入",
                "Urban disposable income per person", "CNY per person", Periodicity.YEAR,
                PlanArea.URBAN_RURAL_INTEGRATION, AggregationRule.weightedMean("URBAN_RESIDENT_POPULATION"),
                Direction.HIGHER_IS_BETTER, null, null, null);

        assertThatThrownBy(() -> revise("URBAN_DISPOSABLE_INCOME", 2, weighted, Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("retired");
    }

    @Test
    void aUnitsAgencyMayNotReviseAnIndicator() {
        assertThatThrownBy(() -> revise(GDP, 1, GDP_AT_CONSTANT_PRICES, Callers.LIUYANG))
                .isInstanceOf(NotPermittedException.class);
        assertThat(indicators.find(GDP)).contains(SeededCatalogue.GDP);
    }

    @Test
    void theStatusSentBackAsHeldIsTaken() {
        Indicator revised = revising.revise(GDP, 1, GDP_AT_CONSTANT_PRICES, IndicatorStatus.ACTIVE,
                Callers.ZONE_OFFICE);

        assertThat(revised.version()).isEqualTo(2);
    }

    @Test
    void aStatusChangedByARevisionIsRefusedNamingItWithoutWritingAnything() {
        assertThatThrownBy(() -> revising.revise(GDP, 1, GDP_AT_CONSTANT_PRICES, IndicatorStatus.RETIRED,
                Callers.ZONE_OFFICE)).isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("status"));

        assertThat(indicators.find(GDP)).contains(SeededCatalogue.GDP);
        assertThat(indicators.history(GDP)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void theStatusAsReadOfAVersionAnotherRetiredSinceIsStaleNotAChange() {
        new RetiringIndicator(indicators, new IndicatorChanges(indicators, outbox.outbox()),
                Clock.fixed(NOW, ZoneOffset.UTC)).retire(GDP, 1, "replaced", Callers.ZONE_OFFICE);

        assertThatThrownBy(() -> revising.revise(GDP, 1, GDP_AT_CONSTANT_PRICES, IndicatorStatus.ACTIVE,
                Callers.ZONE_OFFICE)).isInstanceOfSatisfying(StaleVersionException.class,
                        stale -> assertThat(stale.current()).isEqualTo(2));
    }

    /** A revision that sends no status back, and so says nothing of it. */
    private Indicator revise(String code, long expectedVersion, DefineIndicator command, Caller caller) {
        return revising.revise(code, expectedVersion, command, null, caller);
    }

    private static DefineIndicator gdp(String nameEn, String unit, Periodicity periodicity) {
        return new DefineIndicator(GDP, "地区生产总值", nameEn, unit, periodicity, PlanArea.COMPREHENSIVE_STRENGTH,
                AggregationRule.sum(), Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("10000000000000"),
                "as the yearbook names it");
    }
}
