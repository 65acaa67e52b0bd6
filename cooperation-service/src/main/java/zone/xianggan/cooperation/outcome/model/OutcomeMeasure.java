package zone.xianggan.cooperation.outcome.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.platform.domain.Period;

/**
 * Measures an expected outcome against the values held: picks the latest period with a value of the indicator (or,
 * for a ratio, of its numerator) for any of the outcome's units, combines the units' values in that period by the
 * indicator's aggregation rule, and says which units could not be counted. A single unit's value is its own.
 */
public final class OutcomeMeasure {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int VALUE_SCALE = 6;
    private static final int PROGRESS_SCALE = 4;

    private OutcomeMeasure() {
    }

    /**
     * @param aggregation the indicator's rule; null if the catalogue does not hold the indicator, in which case only
     *                    a single unit's value can be shown
     * @param values      the values held of the indicator and of the indicators its rule needs, for these units
     */
    public static OutcomeMeasurement measure(String indicator, Aggregation aggregation, List<String> counties,
            BigDecimal baseline, BigDecimal target, List<LatestValue> values) {
        Values held = new Values(values);
        Optional<Period> latest = values.stream()
                .filter(v -> counties.contains(v.countyCode()))
                .filter(v -> v.indicatorCode().equals(indicator) || aggregation != null
                        && aggregation.method() == Aggregation.Method.RATIO
                        && v.indicatorCode().equals(aggregation.numerator()))
                .map(LatestValue::period).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return new OutcomeMeasurement(null, null, null, null, List.of(),
                    counties.stream().map(c -> new OutcomeMeasurement.Missing(c, List.of(indicator))).toList(),
                    List.of());
        }
        Period period = latest.get();
        List<OutcomeMeasurement.UnitValue> own = new ArrayList<>();
        for (String county : counties) {
            held.get(county, indicator, period).ifPresent(v -> own.add(new OutcomeMeasurement.UnitValue(county,
                    v.value(), v.revision(), v.reportedAt())));
        }
        Combined combined = counties.size() == 1
                ? single(indicator, aggregation, counties.getFirst(), period, held)
                : combine(indicator, aggregation, counties, period, held);
        BigDecimal progress = combined.value == null ? null
                : combined.value.subtract(baseline).divide(target.subtract(baseline), PRECISION)
                        .setScale(PROGRESS_SCALE, RoundingMode.HALF_EVEN);
        return new OutcomeMeasurement(period, plain(combined.value), combined.revision, progress, combined.counted,
                combined.missing, own);
    }

    /** One unit: its own reported value; for a ratio with no value of its own, its numerator over its denominator. */
    private static Combined single(String indicator, Aggregation aggregation, String county, Period period,
            Values held) {
        Optional<LatestValue> own = held.get(county, indicator, period);
        if (own.isPresent()) {
            return new Combined(own.get().value(), own.get().revision(), List.of(county), List.of());
        }
        if (aggregation != null && aggregation.method() == Aggregation.Method.RATIO) {
            Combined ratio = combine(indicator, aggregation, List.of(county), period, held);
            if (ratio.value != null) {
                return ratio;
            }
        }
        return new Combined(null, null, List.of(), List.of(new OutcomeMeasurement.Missing(county,
                List.of(indicator))));
    }

    private static Combined combine(String indicator, Aggregation aggregation, List<String> counties, Period period,
            Values held) {
        if (aggregation == null) {
            return new Combined(null, null, List.of(), counties.stream()
                    .map(c -> new OutcomeMeasurement.Missing(c, List.of(indicator))).toList());
        }
        List<String> counted = new ArrayList<>();
        List<OutcomeMeasurement.Missing> missing = new ArrayList<>();
        BigDecimal above = BigDecimal.ZERO;
        BigDecimal below = BigDecimal.ZERO;
        for (String county : counties) {
            List<String> lacking = new ArrayList<>();
            Optional<LatestValue> first;
            Optional<LatestValue> second;
            switch (aggregation.method()) {
                case SUM -> {
                    first = held.get(county, indicator, period);
                    second = Optional.empty();
                }
                case RATIO -> {
                    first = held.get(county, aggregation.numerator(), period);
                    second = held.get(county, aggregation.denominator(), period);
                    if (second.isEmpty()) {
                        lacking.add(aggregation.denominator());
                    }
                }
                case WEIGHTED_MEAN -> {
                    first = held.get(county, indicator, period);
                    second = held.get(county, aggregation.weight(), period)
                            .or(() -> held.get(county, aggregation.weight(), Period.year(period.year())));
                    if (second.isEmpty()) {
                        lacking.add(aggregation.weight());
                    }
                }
                default -> throw new IllegalStateException("unknown method " + aggregation.method());
            }
            if (first.isEmpty()) {
                lacking.addFirst(aggregation.method() == Aggregation.Method.RATIO ? aggregation.numerator()
                        : indicator);
            }
            if (!lacking.isEmpty()) {
                missing.add(new OutcomeMeasurement.Missing(county, lacking));
                continue;
            }
            counted.add(county);
            BigDecimal v = first.get().value();
            switch (aggregation.method()) {
                case SUM -> above = above.add(v);
                case RATIO -> {
                    above = above.add(v);
                    below = below.add(second.get().value());
                }
                case WEIGHTED_MEAN -> {
                    above = above.add(v.multiply(second.get().value()));
                    below = below.add(second.get().value());
                }
                default -> throw new IllegalStateException("unknown method " + aggregation.method());
            }
        }
        if (counted.isEmpty()) {
            return new Combined(null, null, counted, missing);
        }
        if (aggregation.method() == Aggregation.Method.SUM && counted.size() == 1) {
            LatestValue only = held.get(counted.getFirst(), indicator, period).orElseThrow();
            return new Combined(only.value(), only.revision(), counted, missing);
        }
        BigDecimal value = switch (aggregation.method()) {
            case SUM -> above;
            case RATIO -> below.signum() == 0 ? null : above.divide(below, PRECISION)
                    .multiply(aggregation.scale() == null ? BigDecimal.ONE : aggregation.scale())
                    .setScale(VALUE_SCALE, RoundingMode.HALF_EVEN);
            case WEIGHTED_MEAN -> below.signum() == 0 ? null : above.divide(below, PRECISION)
                    .setScale(VALUE_SCALE, RoundingMode.HALF_EVEN);
        };
        return new Combined(value, null, counted, missing);
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private record Combined(BigDecimal value, Integer revision, List<String> counted,
            List<OutcomeMeasurement.Missing> missing) {
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
