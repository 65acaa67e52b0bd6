package zone.xianggan.indicators.analysis.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.Figures;
import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.model.Aggregate;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.reporting.application.InMemoryValues;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;

/**
 * Liuyang, Liling and Shangli have reported GDP for 2024 ({@link Figures#GDP_2024}), Jinggangshan has not, and Hunan
 * its benchmark; Liuyang its GDP for 2023 and its own urbanization rate; Liuyang and Liling their populations and
 * urban incomes for 2024.
 */
class AggregatingValuesTest {

    private static final Scope ZONE = new Scope.Zone();
    private static final Period YEAR_2024 = Period.year(2024);

    private final AggregatingValues aggregating = new AggregatingValues(InMemoryIndicators.holding(
            SeededCatalogue.GDP, SeededCatalogue.RESIDENT_POPULATION, SeededCatalogue.URBAN_RESIDENT_POPULATION,
            SeededCatalogue.URBANIZATION_RATE, SeededCatalogue.URBAN_DISPOSABLE_INCOME).reading(),
            InMemoryValues.holding(Figures.GDP_2024, Figures.series(ZoneUnits.LIUYANG, "GDP", "2023", "180"),
                    ofLiuyangAndLiling("URBAN_RESIDENT_POPULATION", "600", "150"),
                    ofLiuyangAndLiling("RESIDENT_POPULATION", "1000", "500"),
                    ofLiuyangAndLiling("URBAN_DISPOSABLE_INCOME", "50000", "40000"),
                    Figures.series(ZoneUnits.LIUYANG, "URBANIZATION_RATE", "2024", "99")).reading(),
            new Scopes(ZoneUnits.replica()));

    @Test
    void aSumAddsTheFiguresOfTheScopesUnits() {
        assertThat(zone("GDP").value()).isEqualByComparingTo("340");
    }

    @Test
    void aSumNamesTheUnitsOfTheScopeThatHaveNotReported() {
        assertThat(zone("GDP").missing()).containsExactly(ZoneUnits.JINGGANGSHAN);
    }

    @Test
    void aProvincesBenchmarkNeverCountsAsAUnit() {
        assertThat(zone("GDP").covered()).containsExactly(ZoneUnits.SHANGLI, ZoneUnits.LIUYANG, ZoneUnits.LILING);
    }

    @Test
    void aProvincesPartAddsTheFiguresOfItsOwnUnits() {
        assertThat(aggregating.aggregate("GDP", YEAR_2024, Scope.parse("province:430000"), null).aggregate().value())
                .isEqualByComparingTo("310");
    }

    @Test
    void aRateIsTheRatioOfTheSumsOfItsComponentsNeverAMeanOfRates() {
        assertThat(zone("URBANIZATION_RATE").value()).isEqualByComparingTo("50");
    }

    @Test
    void aRateShowsTheSumsItIsComputedFrom() {
        assertThat(zone("URBANIZATION_RATE").components()).containsOnlyKeys("URBAN_RESIDENT_POPULATION",
                "RESIDENT_POPULATION").satisfies(sums -> {
                    assertThat(sums.get("URBAN_RESIDENT_POPULATION")).isEqualByComparingTo("750");
                    assertThat(sums.get("RESIDENT_POPULATION")).isEqualByComparingTo("1500");
                });
    }

    @Test
    void aUnitsOwnRateStandsForItAlone() {
        assertThat(aggregating.aggregate("URBANIZATION_RATE", YEAR_2024, Scope.parse("units:430181"), null)
                .aggregate().value()).isEqualByComparingTo("99");
    }

    @Test
    void aWeightedMeanWeighsEachUnitsFigureByItsWeight() {
        assertThat(zone("URBAN_DISPOSABLE_INCOME").value()).isEqualByComparingTo("48000");
    }

    @Test
    void aSourceFilterCountsOnlyTheFiguresFromThatSource() {
        assertThat(aggregating.aggregate("GDP", YEAR_2024, ZONE, "Liuyang Statistics Bureau").aggregate().covered())
                .containsExactly(ZoneUnits.LIUYANG);
    }

    @Test
    void theAggregateNamesTheSourcesOfTheFiguresItUsed() {
        assertThat(zone("GDP").sources()).isEqualTo(Map.of("Liuyang Statistics Bureau", 1, "(none given)", 2));
    }

    @Test
    void aPeriodOfAnotherPeriodicityIsRefusedNamingThePeriod() {
        assertThatThrownBy(() -> aggregating.aggregate("GDP", Period.parse("period", "2024Q1"), ZONE, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("period"));
    }

    @Test
    void anIndicatorNotInTheCatalogueIsNotFound() {
        assertThatThrownBy(() -> aggregating.aggregate("GDP_PER_CAPITA", YEAR_2024, ZONE, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSeriesHasTheAggregateOfEachPeriodWithFiguresOldestFirst() {
        assertThat(aggregating.series("GDP", ZONE, null)).extracting(result -> result.period().toString(),
                result -> result.aggregate().value().toPlainString())
                .containsExactly(tuple("2023", "180"),
                        tuple("2024", "340"));
    }

    @Test
    void aSeriesWithoutFiguresIsEmpty() {
        assertThat(aggregating.series("GDP", Scope.parse("units:360881"), null)).isEmpty();
    }

    private static List<ValueRevision> ofLiuyangAndLiling(String indicator, String liuyang, String liling) {
        return List.of(Figures.of(ZoneUnits.LIUYANG, indicator, "2024", liuyang),
                Figures.of(ZoneUnits.LILING, indicator, "2024", liling));
    }

    private Aggregate zone(String indicator) {
        return aggregating.aggregate(indicator, YEAR_2024, ZONE, null).aggregate();
    }
}
