package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.cooperation.outcome.model.OutcomeMeasure;
import zone.xianggan.cooperation.outcome.model.OutcomeMeasurement;
import zone.xianggan.indicators.analysis.model.Aggregate;
import zone.xianggan.indicators.analysis.model.Figure;
import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.aggregation.Combination;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * The zone aggregate indicators-service answers and the outcome cooperation-service measures for a project over
 * the same units and period are one number, to the last digit, whatever the values and the rule: both services
 * combine by the kernel's rule, and nothing of either may round or pick differently.
 */
class AggregateAndOutcomeProperties {

    private static final String INDICATOR = "OUTCOME_INDICATOR";
    private static final List<String> UNITS = List.of("360321", "360322", "360323", "430181", "430223", "430224");
    private static final List<String> CODES = List.of(INDICATOR, "NUMERATOR", "DENOMINATOR", "WEIGHT");
    private static final Period PERIOD = Period.year(2025);

    @Property(tries = 1000)
    void aZoneAggregateAndAProjectOutcomeOverTheSameUnitsAreEqual(@ForAll("rules") AggregationRule rule,
            @ForAll("unitSets") Set<String> units, @ForAll("values") Map<String, Map<String, BigDecimal>> values) {
        List<Figure> figures = new ArrayList<>();
        List<LatestValue> held = new ArrayList<>();
        values.forEach((unit, byIndicator) -> byIndicator.forEach((indicator, value) -> {
            if (units.contains(unit)) {
                figures.add(new Figure(unit, indicator, value, "survey"));
                held.add(new LatestValue(unit, indicator, PERIOD, value, 1, Instant.EPOCH));
            }
        }));

        Aggregate aggregate = Aggregate.of(indicator(rule), units, figures);
        OutcomeMeasurement outcome = OutcomeMeasure.measure(INDICATOR, rule, List.copyOf(units), BigDecimal.ZERO,
                BigDecimal.ONE, held);

        assertThat(outcome.value()).isEqualTo(aggregate.value());
        assertThat(outcome.countiesCounted()).isEqualTo(aggregate.covered());
        assertThat(outcome.countiesWithoutValue()).extracting(Combination.UnitLacking::unit)
                .isEqualTo(aggregate.missing());
    }

    @Provide
    Arbitrary<AggregationRule> rules() {
        Arbitrary<BigDecimal> scales = Arbitraries.of(BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("1000"),
                new BigDecimal("0.5"));
        return Arbitraries.oneOf(Arbitraries.just(AggregationRule.sum()),
                scales.map(scale -> AggregationRule.ratio("NUMERATOR", "DENOMINATOR", scale)),
                Arbitraries.just(AggregationRule.weightedMean("WEIGHT")));
    }

    /** Sorted, as both services list units. */
    @Provide
    Arbitrary<Set<String>> unitSets() {
        return Arbitraries.of(UNITS).set().ofMinSize(1).ofMaxSize(UNITS.size()).map(TreeSet::new);
    }

    /** Each unit's values, some missing, some zero, with up to ten decimals as the zone stores them. */
    @Provide
    Arbitrary<Map<String, Map<String, BigDecimal>>> values() {
        Arbitrary<BigDecimal> value = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000000"))
                        .ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(10));
        Arbitrary<Map<String, BigDecimal>> unitValues = Arbitraries.subsetOf(CODES).flatMap(codes -> {
            List<Arbitrary<BigDecimal>> each = codes.stream().map(code -> value).toList();
            return Combinators.combine(each).as(list -> {
                Map<String, BigDecimal> byIndicator = new java.util.HashMap<>();
                List<String> ordered = List.copyOf(codes);
                for (int i = 0; i < ordered.size(); i++) {
                    byIndicator.put(ordered.get(i), list.get(i));
                }
                return byIndicator;
            });
        });
        return Arbitraries.maps(Arbitraries.of(UNITS), unitValues).ofMaxSize(UNITS.size());
    }

    private static Indicator indicator(AggregationRule rule) {
        return Indicator.define(INDICATOR, IndicatorDefinition.of(INDICATOR, "指标", "indicator", "index",
                Periodicity.YEAR, PlanArea.URBAN_RURAL_INTEGRATION, rule, Direction.HIGHER_IS_BETTER, null, null),
                Instant.EPOCH, Actor.system("seed"));
    }
}
