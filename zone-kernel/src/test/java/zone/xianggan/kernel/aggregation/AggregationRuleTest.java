package zone.xianggan.kernel.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AggregationRuleTest {

    private static final AggregationRule RATE = AggregationRule.ratio("URBAN", "RESIDENT", new BigDecimal("100"));

    @Test
    void aRateIsTheRatioOfTheSumsNotTheMeanOfTheUnitsRates() {
        // a: 90 / 100 = 90 %, b: 10 / 900 ≈ 1.1 %: the mean of the rates would be 45.6 %, the pair's rate is 10 %
        Combination both = RATE.combine("RATE", List.of("a", "b"), values(Map.of(
                "a", Map.of("URBAN", "90", "RESIDENT", "100", "RATE", "90"),
                "b", Map.of("URBAN", "10", "RESIDENT", "900", "RATE", "1.1"))));

        assertThat(both.value()).isEqualByComparingTo("10");
    }

    @Test
    void aRatioStatesTheSumsItIsComputedFrom() {
        Combination both = RATE.combine("RATE", List.of("a", "b"), values(Map.of(
                "a", Map.of("URBAN", "90", "RESIDENT", "100"), "b", Map.of("URBAN", "10", "RESIDENT", "900"))));

        assertThat(both.components()).containsExactlyInAnyOrderEntriesOf(Map.of("URBAN", new BigDecimal("100"),
                "RESIDENT", new BigDecimal("1000")));
    }

    @Test
    void aUnitLackingAnInputIsNamedWithWhatItLacks() {
        Combination both = RATE.combine("RATE", List.of("a", "b"), values(Map.of(
                "a", Map.of("URBAN", "50", "RESIDENT", "100"), "b", Map.of("RATE", "20"))));

        assertThat(both.value()).isEqualByComparingTo("50");
        assertThat(both.covered()).containsExactly("a");
        assertThat(both.missing()).containsExactly(new Combination.UnitLacking("b", List.of("URBAN", "RESIDENT")));
    }

    @Test
    void aWeightedMeanWeighsEachValueByTheWeightIndicator() {
        Combination both = AggregationRule.weightedMean("RESIDENT").combine("INCOME", List.of("a", "b"), values(
                Map.of("a", Map.of("INCOME", "30000", "RESIDENT", "300"),
                        "b", Map.of("INCOME", "10000", "RESIDENT", "100"))));

        assertThat(both.value()).isEqualByComparingTo("25000");
        assertThat(both.components()).containsEntry("RESIDENT", new BigDecimal("400"));
    }

    @Test
    void aSumAddsTheValues() {
        Combination both = AggregationRule.sum().combine("RESIDENT", List.of("a", "b"), values(Map.of(
                "a", Map.of("RESIDENT", "300.50"), "b", Map.of("RESIDENT", "100"))));

        assertThat(both.value()).isEqualTo(new BigDecimal("400.5"));
        assertThat(both.ownValue()).isFalse();
    }

    @Test
    void aSumOverOneCountedUnitIsThatUnitsOwnValue() {
        Combination one = AggregationRule.sum().combine("RESIDENT", List.of("a", "b"), values(Map.of(
                "a", Map.of("RESIDENT", "300"))));

        assertThat(one.value()).isEqualByComparingTo("300");
        assertThat(one.ownValue()).isTrue();
    }

    @Test
    void oneUnitOnItsOwnIsItsReportedValueNotOneRecomputedFromItsParts() {
        Combination one = RATE.combine("RATE", List.of("a"), values(Map.of(
                "a", Map.of("URBAN", "1", "RESIDENT", "3", "RATE", "33.4"))));

        assertThat(one.value()).isEqualByComparingTo("33.4");
        assertThat(one.ownValue()).isTrue();
    }

    @Test
    void oneUnitWithoutAValueOfItsOwnIsComputedFromItsParts() {
        Combination one = RATE.combine("RATE", List.of("a"), values(Map.of("a", Map.of("URBAN", "1",
                "RESIDENT", "3"))));

        assertThat(one.value()).isEqualTo(new BigDecimal("33.3333"));
        assertThat(one.ownValue()).isFalse();
    }

    @Test
    void nothingCoveredIsNoValue() {
        assertThat(AggregationRule.sum().combine("RESIDENT", List.of("a"), values(Map.of())).value()).isNull();
    }

    @Test
    void aZeroDenominatorIsNoValue() {
        Combination zero = RATE.combine("RATE", List.of("a", "b"), values(Map.of(
                "a", Map.of("URBAN", "0", "RESIDENT", "0"), "b", Map.of("URBAN", "0", "RESIDENT", "0"))));

        assertThat(zero.value()).isNull();
        assertThat(zero.covered()).containsExactly("a", "b");
    }

    @Test
    void theRuleIsStatedInWords() {
        assertThat(RATE.describe("RATE")).isEqualTo("Σ URBAN ÷ Σ RESIDENT × 100");
        assertThat(AggregationRule.weightedMean("W").describe("X")).isEqualTo("Σ (X × W) ÷ Σ W");
        assertThat(AggregationRule.sum().describe("X")).isEqualTo("Σ X");
    }

    private static UnitValues values(Map<String, Map<String, String>> byUnit) {
        return (unit, indicator) -> {
            String value = byUnit.getOrDefault(unit, Map.of()).get(indicator);
            return value == null ? null : new BigDecimal(value);
        };
    }
}
