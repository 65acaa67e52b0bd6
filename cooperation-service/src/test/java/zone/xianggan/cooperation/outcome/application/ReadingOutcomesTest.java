package zone.xianggan.cooperation.outcome.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.indicator.application.InMemoryIndicatorCatalogue;
import zone.xianggan.cooperation.indicator.application.InMemoryReportedValues;
import zone.xianggan.cooperation.indicator.application.Indicators;
import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.cooperation.outcome.model.OutcomeMeasurement;
import zone.xianggan.cooperation.project.application.InMemoryProjects;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;

/**
 * A project of Liuyang (430181) and Shangli (360322) expecting BUS_LINES over both to go from 2 (2025) to 6 (2027).
 */
class ReadingOutcomesTest {

    private static final String ID = "XG-2026-0001";
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private final InMemoryReportedValues busLines2026 = InMemoryReportedValues.holding(
            value("430181", "BUS_LINES", "3"), value("360322", "BUS_LINES", "2"));
    private final InMemoryProjects projects = InMemoryProjects.holding(ProjectStates.approved(ID, "430181",
            "360322"));

    @Test
    void eachOutcomeIsCombinedOverItsUnitsByTheCataloguesRule() {
        OutcomeMeasurement measured = measured(Indicators.summed("BUS_LINES"), busLines2026);

        assertThat(measured.period()).isEqualTo(Period.year(2026));
        assertThat(measured.value()).isEqualByComparingTo("5");
        assertThat(measured.progress()).isEqualByComparingTo("0.75");
    }

    @Test
    void aRatioIsFormedFromTheValuesOfItsComponents() {
        InMemoryReportedValues components = InMemoryReportedValues.holding(
                value("430181", "URBAN_POPULATION", "80"), value("430181", "POPULATION", "100"),
                value("360322", "URBAN_POPULATION", "60"), value("360322", "POPULATION", "300"));

        OutcomeMeasurement measured = measured(Indicators.ratio("BUS_LINES", "URBAN_POPULATION", "POPULATION"),
                components);

        assertThat(measured.value()).isEqualByComparingTo("35");
    }

    @Test
    void withoutTheIndicatorsDefinitionTheValuesOfSeveralUnitsAreNotCombined() {
        ProjectOutcomes outcomes = reading(new InMemoryIndicatorCatalogue(), busLines2026).of(ID);

        ProjectOutcomes.Measured measured = outcomes.outcomes().getFirst();
        assertThat(measured.indicator()).isNull();
        assertThat(measured.measurement().value()).isNull();
    }

    @Test
    void aCombinationThisServiceDoesNotKnowGivesNoCombinedValue() {
        IndicatorSnapshot median = Indicators.combinedBy("BUS_LINES", new IndicatorSnapshot.Aggregation("MEDIAN",
                null, null, null, null));

        assertThat(measured(median, busLines2026).value()).isNull();
    }

    @Test
    void theOutcomesSayWhenTheyWereRead() {
        ProjectOutcomes outcomes = reading(InMemoryIndicatorCatalogue.holding(Indicators.summed("BUS_LINES")),
                busLines2026).of(ID);

        assertThat(outcomes.asOf()).isEqualTo(NOW);
    }

    @Test
    void theOutcomesSayWhichVersionOfTheProjectTheyMeasure() {
        ProjectOutcomes outcomes = reading(InMemoryIndicatorCatalogue.holding(Indicators.summed("BUS_LINES")),
                busLines2026).of(ID);

        assertThat(outcomes.projectVersion()).isEqualTo(4);
    }

    @Test
    void anUnknownProjectIsNotFound() {
        ReadingOutcomes reading = reading(new InMemoryIndicatorCatalogue(), busLines2026);

        assertThatThrownBy(() -> reading.of("XG-2026-0404")).isInstanceOf(NotFoundException.class);
    }

    private OutcomeMeasurement measured(IndicatorSnapshot indicator, InMemoryReportedValues values) {
        return reading(InMemoryIndicatorCatalogue.holding(indicator), values).of(ID).outcomes().getFirst()
                .measurement();
    }

    private ReadingOutcomes reading(InMemoryIndicatorCatalogue catalogue, InMemoryReportedValues values) {
        return new ReadingOutcomes(projects.reading(), catalogue.reading(), values,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LatestValue value(String county, String indicator, String figure) {
        return new LatestValue(county, indicator, Period.year(2026), new BigDecimal(figure), 1,
                Instant.parse("2026-03-20T00:00:00Z"));
    }
}
