package zone.xianggan.indicators.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

class AggregateTest {

    private static final Indicator RATE = indicator("URBANIZATION_RATE", "%",
            AggregationRule.ratio("URBAN", "RESIDENT", new BigDecimal("100")));
    private static final Indicator INCOME = indicator("INCOME", "CNY per person",
            AggregationRule.weightedMean("RESIDENT"));
    private static final Indicator RESIDENT = indicator("RESIDENT", "persons", AggregationRule.sum());

    @Test
    void aRateIsTheRatioOfSumsNotTheMeanOfTheUnitsRates() {
        // unit a: 90 / 100 = 90 %, unit b: 10 / 900 ≈ 1.1 %: the mean of rates would be 45.6 %, the zone's is 10 %
        Aggregate zone = Aggregate.of(RATE, Set.of("a", "b"), List.of(figure("a", "URBAN", 90),
                figure("a", "RESIDENT", 100), figure("b", "URBAN", 10), figure("b", "RESIDENT", 900),
                figure("a", "URBANIZATION_RATE", 90), figure("b", "URBANIZATION_RATE", 1.1)));

        assertThat(zone.value()).isEqualByComparingTo("10");
        assertThat(zone.components()).containsEntry("URBAN", new BigDecimal("100"));
        assertThat(zone.covered()).containsExactly("a", "b");
    }

    @Test
    void aUnitWithoutEveryComponentIsMissing() {
        Aggregate zone = rateOfTwoUnitsBesideAProvincesFigures();

        assertThat(zone.value()).isEqualByComparingTo("50");
        assertThat(zone.missing()).containsExactly("b");
    }

    @Test
    void figuresOutsideTheScopeDoNotCount() {
        Aggregate zone = rateOfTwoUnitsBesideAProvincesFigures();

        assertThat(zone.value()).isEqualByComparingTo("50");
        assertThat(zone.covered()).containsExactly("a");
    }

    /** Unit a has both components, unit b lacks the urban one; the province 430000 is outside the scope. */
    private static Aggregate rateOfTwoUnitsBesideAProvincesFigures() {
        return Aggregate.of(RATE, Set.of("a", "b"), List.of(figure("a", "URBAN", 50), figure("a", "RESIDENT", 100),
                figure("b", "RESIDENT", 900), figure("430000", "URBAN", 1), figure("430000", "RESIDENT", 1)));
    }

    @Test
    void aWeightedMeanWeighsByTheWeightIndicator() {
        Aggregate zone = Aggregate.of(INCOME, Set.of("a", "b"), List.of(figure("a", "INCOME", 30000),
                figure("a", "RESIDENT", 300), figure("b", "INCOME", 10000), figure("b", "RESIDENT", 100)));

        assertThat(zone.value()).isEqualByComparingTo("25000");
    }

    @Test
    void nothingCoveredIsNoValue() {
        assertThat(Aggregate.of(RESIDENT, Set.of("a"), List.of()).value()).isNull();
    }

    @Test
    void aZeroDenominatorIsNoValue() {
        assertThat(Aggregate.of(RATE, Set.of("a"), List.of(figure("a", "URBAN", 0), figure("a", "RESIDENT", 0)))
                .value()).isNull();
    }

    @Test
    void quotientsKeepFourDecimals() {
        Aggregate third = Aggregate.of(RATE, Set.of("a"), List.of(figure("a", "URBAN", 1),
                figure("a", "RESIDENT", 3)));
        assertThat(third.value()).isEqualTo(new BigDecimal("33.3333"));
    }

    private static Figure figure(String unit, String indicator, double value) {
        return new Figure(unit, indicator, BigDecimal.valueOf(value), "test");
    }

    private static Indicator indicator(String code, String unit, AggregationRule rule) {
        return Indicator.define(code, IndicatorDefinition.of(code, "名", "name", unit, Periodicity.YEAR,
                PlanArea.URBAN_RURAL_INTEGRATION, rule, Direction.HIGHER_IS_BETTER, null, null), Instant.EPOCH,
                Actor.system("seed"));
    }
}
