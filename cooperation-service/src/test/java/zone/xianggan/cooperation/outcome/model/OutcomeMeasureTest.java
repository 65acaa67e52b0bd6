package zone.xianggan.cooperation.outcome.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.aggregation.Combination;
import zone.xianggan.kernel.domain.Period;

class OutcomeMeasureTest {

    private static final Instant AT = Instant.parse("2026-01-10T00:00:00Z");

    @Test
    void aSumAddsTheUnitsValuesOfTheLatestPeriod() {
        OutcomeMeasurement m = busLinesOfTwoUnitsOutOfThree();

        assertThat(m.period()).isEqualTo(Period.year(2025));
        assertThat(m.value()).isEqualByComparingTo("5");
        assertThat(m.progress()).isEqualByComparingTo("0.75");
        assertThat(m.countiesCounted()).containsExactly("430181", "360322");
        assertThat(m.revision()).isNull();
        assertThat(m.values()).extracting(OutcomeMeasurement.UnitValue::revision).containsExactly(2, 1);
    }

    @Test
    void aSumSaysWhichUnitsHaveNoValueYet() {
        OutcomeMeasurement m = busLinesOfTwoUnitsOutOfThree();

        assertThat(m.countiesWithoutValue()).extracting(Combination.UnitLacking::unit)
                .containsExactly("360323");
        assertThat(m.complete()).isFalse();
    }

    @Test
    void aSingleUnitsValueIsItsOwnWithItsRevision() {
        OutcomeMeasurement m = OutcomeMeasure.measure("URBANISATION_RATE",
                AggregationRule.ratio("URBAN_POPULATION", "POPULATION", BigDecimal.valueOf(100)), List.of("430181"),
                new BigDecimal("50"), new BigDecimal("60"),
                List.of(value("430181", "URBANISATION_RATE", "2025", "55.5", 3)));

        assertThat(m.value()).isEqualByComparingTo("55.5");
        assertThat(m.revision()).isEqualTo(3);
        assertThat(m.progress()).isEqualByComparingTo("0.55");
        assertThat(m.complete()).isTrue();
    }

    @Test
    void aRatioOverSeveralUnitsIsTheRatioOfTheSumsNeverASumOfRates() {
        List<LatestValue> values = List.of(
                value("430181", "URBANISATION_RATE", "2025", "80", 1),
                value("430181", "URBAN_POPULATION", "2025", "80", 1),
                value("430181", "POPULATION", "2025", "100", 1),
                value("360322", "URBANISATION_RATE", "2025", "20", 1),
                value("360322", "URBAN_POPULATION", "2025", "60", 1),
                value("360322", "POPULATION", "2025", "300", 1));

        OutcomeMeasurement m = OutcomeMeasure.measure("URBANISATION_RATE",
                AggregationRule.ratio("URBAN_POPULATION", "POPULATION", BigDecimal.valueOf(100)),
                List.of("430181", "360322"), new BigDecimal("30"), new BigDecimal("40"), values);

        assertThat(m.value()).isEqualByComparingTo("35");
        assertThat(m.progress()).isEqualByComparingTo("0.5");
        assertThat(m.values()).extracting(OutcomeMeasurement.UnitValue::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("80"),
                        new BigDecimal("20"));
    }

    @Test
    void aRatioWithoutItsComponentsNamesWhatEachUnitLacks() {
        OutcomeMeasurement m = OutcomeMeasure.measure("URBANISATION_RATE",
                AggregationRule.ratio("URBAN_POPULATION", "POPULATION", BigDecimal.valueOf(100)),
                List.of("430181", "360322"), new BigDecimal("30"), new BigDecimal("40"),
                List.of(value("430181", "URBANISATION_RATE", "2025", "80", 1),
                        value("360322", "URBAN_POPULATION", "2025", "60", 1)));

        assertThat(m.value()).isNull();
        assertThat(m.progress()).isNull();
        assertThat(m.countiesWithoutValue()).containsExactly(
                new Combination.UnitLacking("430181", List.of("URBAN_POPULATION", "POPULATION")),
                new Combination.UnitLacking("360322", List.of("POPULATION")));
    }

    @Test
    void aWeightedMeanWeighsEachUnitByItsWeightInThePeriod() {
        OutcomeMeasurement m = OutcomeMeasure.measure("INCOME", AggregationRule.weightedMean("POPULATION"),
                List.of("430181", "360322"), new BigDecimal("100"), new BigDecimal("200"),
                List.of(value("430181", "INCOME", "2025Q2", "100", 1), value("430181", "POPULATION", "2025Q2", "1", 1),
                        value("360322", "INCOME", "2025Q2", "200", 1),
                        value("360322", "POPULATION", "2025Q2", "3", 1)));

        assertThat(m.period()).hasToString("2025Q2");
        assertThat(m.value()).isEqualByComparingTo("175");
        assertThat(m.progress()).isEqualByComparingTo("0.75");
    }

    @Test
    void aUnitWithoutTheWeightOfThePeriodIsNotCounted() {
        OutcomeMeasurement m = OutcomeMeasure.measure("INCOME", AggregationRule.weightedMean("POPULATION"),
                List.of("430181", "360322"), new BigDecimal("100"), new BigDecimal("200"),
                List.of(value("430181", "INCOME", "2025Q2", "100", 1), value("430181", "POPULATION", "2025", "1", 1),
                        value("360322", "INCOME", "2025Q2", "200", 1),
                        value("360322", "POPULATION", "2025Q2", "3", 1)));

        assertThat(m.value()).isEqualByComparingTo("200");
        assertThat(m.countiesWithoutValue()).containsExactly(
                new Combination.UnitLacking("430181", List.of("POPULATION")));
    }

    @Test
    void movingTowardsALowerTargetIsProgress() {
        assertThat(pm25From40Towards30("35").progress()).isEqualByComparingTo("0.5");
    }

    @Test
    void movingAwayFromALowerTargetIsNegativeProgress() {
        assertThat(pm25From40Towards30("42").progress()).isEqualByComparingTo("-0.2");
    }

    @Test
    void nothingReportedYetLeavesEveryUnitWithoutAValue() {
        OutcomeMeasurement m = OutcomeMeasure.measure("BUS_LINES", AggregationRule.sum(), List.of("430181", "360322"),
                BigDecimal.ONE, BigDecimal.TEN, List.of());

        assertThat(m.period()).isNull();
        assertThat(m.value()).isNull();
        assertThat(m.countiesWithoutValue()).extracting(Combination.UnitLacking::unit)
                .containsExactly("430181", "360322");
    }

    /** Bus lines of three units, two of which (430181 twice, 360322 once) have reported. */
    private static OutcomeMeasurement busLinesOfTwoUnitsOutOfThree() {
        return OutcomeMeasure.measure("BUS_LINES", AggregationRule.sum(),
                List.of("430181", "360322", "360323"), BigDecimal.valueOf(2), BigDecimal.valueOf(6),
                List.of(value("430181", "BUS_LINES", "2024", "9", 1), value("430181", "BUS_LINES", "2025", "3", 2),
                        value("360322", "BUS_LINES", "2025", "2", 1)));
    }

    private static OutcomeMeasurement pm25From40Towards30(String reported) {
        return OutcomeMeasure.measure("PM25", AggregationRule.weightedMean("POPULATION"), List.of("360322"),
                new BigDecimal("40"), new BigDecimal("30"), List.of(value("360322", "PM25", "2025", reported, 1)));
    }

    private static LatestValue value(String county, String indicator, String period, String value, int revision) {
        return new LatestValue(county, indicator, Period.parse("period", period), new BigDecimal(value), revision,
                AT);
    }
}
