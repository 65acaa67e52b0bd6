package zone.xianggan.indicators.targets.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.Figures;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.application.AnalysisFeature;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.reporting.application.InMemoryValues;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.indicators.targets.model.UrbanizationComparison;
import zone.xianggan.indicators.targets.model.UrbanizationComparison.Verdict;

/**
 * Liuyang, Liling and Shangli have their urban and resident population for 2020, 2022 and 2024, Liuyang for 2019
 * too, Jinggangshan for 2024 only. Hunan reports its urbanization rate; Jiangxi its populations.
 */
class ComparingUrbanizationTest {

    private static final List<ValueRevision> FIGURES = List.of(
            populations(ZoneUnits.LIUYANG, "2019", "450", "1000"),
            populations(ZoneUnits.LIUYANG, "2020", "500", "1000"),
            populations(ZoneUnits.LILING, "2020", "400", "1000"),
            populations(ZoneUnits.SHANGLI, "2020", "300", "1000"),
            populations(ZoneUnits.LIUYANG, "2022", "505", "1000"),
            populations(ZoneUnits.LILING, "2022", "400", "1000"),
            populations(ZoneUnits.SHANGLI, "2022", "300", "1000"),
            populations(ZoneUnits.LIUYANG, "2024", "600", "1000"),
            populations(ZoneUnits.LILING, "2024", "500", "1000"),
            populations(ZoneUnits.SHANGLI, "2024", "400", "1000"),
            populations(ZoneUnits.JINGGANGSHAN, "2024", "100", "200"),
            reportedRate(ZoneUnits.HUNAN, "2020", "58.76"),
            reportedRate(ZoneUnits.HUNAN, "2022", "59.76"),
            reportedRate(ZoneUnits.HUNAN, "2024", "61.16"),
            populations(ZoneUnits.JIANGXI, "2020", "600", "1000"),
            populations(ZoneUnits.JIANGXI, "2022", "620", "1000"),
            populations(ZoneUnits.JIANGXI, "2024", "630", "1000")).stream()
            .flatMap(List::stream).toList();

    private final ComparingUrbanization comparing = comparingOver(FIGURES);

    @Test
    void theZonesRateIsTheRatioOfItsUnitsSums() {
        UrbanizationComparison.ZoneRates zone = comparing.compare(2020, 2024, null).zone();

        assertThat(zone.baseRate()).isEqualByComparingTo("40");
        assertThat(zone.rate()).isEqualByComparingTo("50");
    }

    @Test
    void theZonesGrowthIsInPercentagePoints() {
        assertThat(comparing.compare(2020, 2024, null).zone().growth()).isEqualByComparingTo("10");
    }

    @Test
    void aUnitWithoutFiguresInBothYearsIsNotCompared() {
        UrbanizationComparison comparison = comparing.compare(2020, 2024, null);

        assertThat(comparison.unitsCompared()).containsExactly(ZoneUnits.SHANGLI, ZoneUnits.LIUYANG,
                ZoneUnits.LILING);
        assertThat(comparison.unitsMissing()).containsExactly(ZoneUnits.JINGGANGSHAN);
    }

    @Test
    void aProvincesReportedRateIsTakenAsReported() {
        assertThat(rateIn2024Of(ZoneUnits.HUNAN)).containsExactly("REPORTED", "61.16");
    }

    @Test
    void aProvinceWithoutAReportedRateHasItComputedFromItsPopulations() {
        assertThat(rateIn2024Of(ZoneUnits.JIANGXI)).containsExactly("COMPUTED", "63");
    }

    @Test
    void theGoalIsMetWhenTheZoneGrewMoreThanTheProvincesOnAverage() {
        UrbanizationComparison comparison = comparing.compare(2020, 2024, null);

        assertThat(comparison.verdict()).isEqualTo(Verdict.MET);
        assertThat(comparison.provincesMeanGrowth()).isEqualByComparingTo("2.7");
    }

    @Test
    void theGoalIsNotMetWhenTheZoneGrewNoMoreThanTheProvincesOnAverage() {
        assertThat(comparing.compare(2020, 2022, null).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void withoutFiguresForTheYearAskedItCannotTell() {
        UrbanizationComparison comparison = comparing.compare(2020, 2023, null);

        assertThat(comparison.verdict()).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(comparison.explanation()).contains("2023");
    }

    @Test
    void theBaseYearIs2020WhenTheZoneHasFiguresForIt() {
        assertThat(comparing.compare(null, null, null).baseYear()).isEqualTo(2020);
    }

    @Test
    void theYearIsTheLatestTheZoneHasFiguresFor() {
        assertThat(comparing.compare(null, null, null).year()).isEqualTo(2024);
    }

    @Test
    void withoutFiguresFor2020TheBaseYearIsTheFirstTheZoneHas() {
        List<ValueRevision> from2022 = new ArrayList<>(FIGURES);
        from2022.removeIf(figure -> figure.key().period().year() < 2022);

        assertThat(comparingOver(from2022).compare(null, null, null).baseYear()).isEqualTo(2022);
    }

    /** How the province's rate in 2024 was had, and the rate. */
    private List<String> rateIn2024Of(String province) {
        UrbanizationComparison.ProvinceRates rates = comparing.compare(2020, 2024, null).provinces().get(province);
        return List.of(rates.method(), rates.rate().toPlainString());
    }

    private static ComparingUrbanization comparingOver(List<ValueRevision> figures) {
        ReadingCatalogue catalogue = InMemoryIndicators.holding(SeededCatalogue.RESIDENT_POPULATION,
                SeededCatalogue.URBAN_RESIDENT_POPULATION, SeededCatalogue.URBANIZATION_RATE).reading();
        ReadingValues values = InMemoryValues.holding(figures.toArray(ValueRevision[]::new)).reading();
        return new ComparingUrbanization(catalogue, values, AnalysisFeature.aggregating(catalogue, values,
                ZoneUnits.replica()));
    }

    private static List<ValueRevision> reportedRate(String province, String year, String rate) {
        return List.of(Figures.of(province, "URBANIZATION_RATE", year, rate));
    }

    private static List<ValueRevision> populations(String unit, String year, String urban, String resident) {
        return List.of(Figures.of(unit, "URBAN_RESIDENT_POPULATION", year, urban),
                Figures.of(unit, "RESIDENT_POPULATION", year, resident));
    }
}
