package zone.xianggan.indicators;

import java.math.BigDecimal;
import java.time.Instant;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * Indicators of the starting catalogue as the migration seeds them (version 1, active, entered by the zone itself):
 * populations that are summed, the urbanization rate that is a ratio of their sums, a mean weighted by population.
 */
public final class SeededCatalogue {

    public static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    public static final Actor SEED = Actor.system("seed");

    public static final Indicator RESIDENT_POPULATION = seeded("RESIDENT_POPULATION", "常住人口",
            "Permanent resident population (year-end)", "persons", PlanArea.URBAN_RURAL_INTEGRATION,
            AggregationRule.sum(), "100000000");
    public static final Indicator URBAN_RESIDENT_POPULATION = seeded("URBAN_RESIDENT_POPULATION", "城镇常住人口",
            "Urban permanent resident population (year-end)", "persons", PlanArea.URBAN_RURAL_INTEGRATION,
            AggregationRule.sum(), "100000000");
    public static final Indicator URBANIZATION_RATE = seeded("URBANIZATION_RATE", "常住人口城镇化率",
            "Urbanization rate of the permanent population", "%", PlanArea.URBAN_RURAL_INTEGRATION,
            AggregationRule.ratio("URBAN_RESIDENT_POPULATION", "RESIDENT_POPULATION", new BigDecimal("100")), "100");
    public static final Indicator URBAN_DISPOSABLE_INCOME = seeded("URBAN_DISPOSABLE_INCOME", "城镇居民人均可支配收入",
            "Per capita disposable income of urban residents", "CNY per person", PlanArea.URBAN_RURAL_INTEGRATION,
            AggregationRule.weightedMean("URBAN_RESIDENT_POPULATION"), "1000000");
    public static final Indicator GDP = seeded("GDP", "地区生产总值", "Gross domestic product (current prices)", "CNY",
            PlanArea.COMPREHENSIVE_STRENGTH, AggregationRule.sum(), "10000000000000");
    /** Reported by quarter, unlike the others. */
    public static final Indicator RED_TOURISM_VISITS = define("RED_TOURISM_VISITS", IndicatorDefinition.of(
            "RED_TOURISM_VISITS", "红色旅游人次", "Red tourism visits", "visits", Periodicity.QUARTER,
            PlanArea.RED_CULTURE, AggregationRule.sum(), Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, null));

    private SeededCatalogue() {
    }

    /** The indicator at its next version, retired by the zone itself a day after it was seeded. */
    public static Indicator retired(Indicator indicator) {
        return indicator.retire(SEEDED_AT.plusSeconds(86_400), SEED).after();
    }

    private static Indicator seeded(String code, String nameZh, String nameEn, String unit, PlanArea area,
            AggregationRule aggregation, String maximum) {
        return define(code, IndicatorDefinition.of(code, nameZh, nameEn, unit, Periodicity.YEAR, area, aggregation,
                Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal(maximum)));
    }

    private static Indicator define(String code, IndicatorDefinition definition) {
        return Indicator.define(code, definition, SEEDED_AT, SEED);
    }
}
