package zone.xianggan.cooperation.outcome.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.kernel.aggregation.AggregationMethod;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.aggregation.Combination;
import zone.xianggan.kernel.aggregation.UnitValues;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.Period;

/**
 * Measures an expected outcome against the values held: picks the latest period with a value of the indicator (or,
 * for a ratio, of its numerator) for any of the outcome's units, and combines the units' values in that period by
 * the indicator's {@link AggregationRule}, the one a zone aggregate uses, saying which units could not be counted.
 */
public final class OutcomeMeasure {

    private OutcomeMeasure() {
    }

    /**
     * @param rule   the indicator's rule; null if the catalogue does not hold the indicator (or holds a method this
     *               service does not know), in which case only a single unit's own value can be shown
     * @param values the values held of the indicator and of the indicators its rule needs, for these units
     */
    public static OutcomeMeasurement measure(String indicator, AggregationRule rule, List<String> counties,
            BigDecimal baseline, BigDecimal target, List<LatestValue> values) {
        Values held = new Values(values);
        Optional<Period> latest = values.stream()
                .filter(v -> counties.contains(v.countyCode()))
                .filter(v -> v.indicatorCode().equals(indicator) || rule != null
                        && rule.method() == AggregationMethod.RATIO && v.indicatorCode().equals(rule.numerator()))
                .map(LatestValue::period).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return new OutcomeMeasurement(null, null, null, null, List.of(),
                    lackingAll(indicator, counties), List.of());
        }
        Period period = latest.get();
        List<OutcomeMeasurement.UnitValue> own = new ArrayList<>();
        for (String county : counties) {
            held.get(county, indicator, period).ifPresent(v -> own.add(new OutcomeMeasurement.UnitValue(county,
                    v.value(), v.revision(), v.reportedAt())));
        }
        UnitValues inPeriod = (unit, code) -> held.get(unit, code, period).map(LatestValue::value).orElse(null);
        Combination combined = rule != null ? rule.combine(indicator, counties, inPeriod)
                : ownValueOnly(indicator, counties, inPeriod);
        Integer revision = combined.ownValue()
                ? held.get(combined.covered().getFirst(), indicator, period).orElseThrow().revision() : null;
        BigDecimal progress = combined.value() == null ? null
                : Decimals.quotient(combined.value().subtract(baseline), target.subtract(baseline));
        return new OutcomeMeasurement(period, combined.value(), revision, progress, combined.covered(),
                combined.missing(), own);
    }

    /** Without the rule, several units' values cannot be combined: better no value than a wrong one. */
    private static Combination ownValueOnly(String indicator, List<String> counties, UnitValues values) {
        BigDecimal own = counties.size() == 1 ? values.valueOf(counties.getFirst(), indicator) : null;
        if (own != null) {
            return new Combination(Decimals.normalize(own), Map.of(), counties, List.of(), true);
        }
        return new Combination(null, Map.of(), List.of(), lackingAll(indicator, counties), false);
    }

    private static List<Combination.UnitLacking> lackingAll(String indicator, List<String> counties) {
        return counties.stream().map(county -> new Combination.UnitLacking(county, List.of(indicator))).toList();
    }

    /** The values held, by unit, indicator and period. */
    private static final class Values {

        private final Map<String, LatestValue> byKey = new HashMap<>();

        Values(List<LatestValue> values) {
            values.forEach(v -> byKey.put(key(v.countyCode(), v.indicatorCode(), v.period()), v));
        }

        Optional<LatestValue> get(String county, String indicator, Period period) {
            return Optional.ofNullable(byKey.get(key(county, indicator, period)));
        }

        private static String key(String county, String indicator, Period period) {
            return county + "|" + indicator + "|" + period;
        }
    }
}
