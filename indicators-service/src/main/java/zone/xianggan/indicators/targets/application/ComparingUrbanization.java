package zone.xianggan.indicators.targets.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.indicators.targets.model.UrbanizationComparison;
import zone.xianggan.indicators.targets.model.UrbanizationComparison.ProvinceRates;
import zone.xianggan.indicators.targets.model.UrbanizationComparison.ZoneRates;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.aggregation.Combination;
import zone.xianggan.kernel.aggregation.UnitValues;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Periodicity;

/**
 * Answers the plan's comparative goal from the data: the zone's urbanization rate from the sums of its units'
 * urban and resident population (the indicator's own rule), and each province's from the benchmark values
 * reported for {@code 430000} and {@code 360000}: its reported urbanization rate, or else its own populations.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComparingUrbanization {

    static final String RATE = "URBANIZATION_RATE";

    private final ReadingCatalogue catalogue;
    private final ReadingValues values;
    private final AggregatingValues aggregating;

    /**
     * @param baseYear by default 2020 (the year before the plan) if the zone has figures for it, else the first
     *                 year it has
     * @param year     by default the latest year the zone has figures for
     */
    public UrbanizationComparison compare(Integer baseYear, Integer year, String source) {
        AggregationRule rule = catalogue.get(RATE).aggregation();
        List<String> inputs = rule.inputsOf(RATE);
        ScopeUnits zone = aggregating.resolve(new Scope.Zone());
        Set<String> provinces = new TreeSet<>();
        zone.units().forEach(unit -> provinces.add(new CountyCode(unit).provinceCode()));
        Set<String> codes = new TreeSet<>(zone.units());
        codes.addAll(provinces);
        Set<String> indicators = new TreeSet<>(inputs);
        indicators.add(RATE);
        Map<String, Map<Integer, Map<String, BigDecimal>>> figures = new HashMap<>();
        for (ValueRevision value : values.find(new ValueFilter(codes, indicators, Set.of(), source))) {
            if (value.key().period().periodicity() == Periodicity.YEAR) {
                figures.computeIfAbsent(value.key().countyCode(), c -> new HashMap<>())
                        .computeIfAbsent(value.key().period().year(), y -> new HashMap<>())
                        .put(value.key().indicatorCode(), value.value());
            }
        }
        TreeSet<Integer> zoneYears = new TreeSet<>();
        zone.units().forEach(unit -> figures.getOrDefault(unit, Map.of()).forEach((y, f) -> {
            if (f.keySet().containsAll(inputs)) {
                zoneYears.add(y);
            }
        }));
        int base = baseYear != null ? baseYear
                : zoneYears.contains(ReadingTargets.DEFAULT_BASELINE_YEAR) || zoneYears.isEmpty()
                        ? ReadingTargets.DEFAULT_BASELINE_YEAR : zoneYears.first();
        int until = year != null ? year : zoneYears.isEmpty() ? base : zoneYears.last();

        List<String> compared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String unit : zone.units()) {
            Map<Integer, Map<String, BigDecimal>> series = figures.getOrDefault(unit, Map.of());
            boolean both = series.getOrDefault(base, Map.of()).keySet().containsAll(inputs)
                    && series.getOrDefault(until, Map.of()).keySet().containsAll(inputs);
            (both ? compared : missing).add(unit);
        }
        ZoneRates zoneRates = compared.isEmpty() ? new ZoneRates(null, null, null, null, null, null, null)
                : zoneRates(rule, rule.combine(RATE, compared, in(figures, base)),
                        rule.combine(RATE, compared, in(figures, until)));
        Map<String, ProvinceRates> provinceRates = new LinkedHashMap<>();
        for (String province : provinces) {
            Rate then = provinceRate(rule.combine(RATE, List.of(province), in(figures, base)));
            Rate now = provinceRate(rule.combine(RATE, List.of(province), in(figures, until)));
            provinceRates.put(province, new ProvinceRates(then.value(), then.method(), now.value(), now.method(),
                    then.value() == null || now.value() == null ? null : now.value().subtract(then.value())));
        }
        return UrbanizationComparison.decide(base, until, zoneRates, provinceRates, compared, missing);
    }

    private static UnitValues in(Map<String, Map<Integer, Map<String, BigDecimal>>> figures, int year) {
        return (unit, indicator) -> figures.getOrDefault(unit, Map.of()).getOrDefault(year, Map.of()).get(indicator);
    }

    private static ZoneRates zoneRates(AggregationRule rule, Combination then, Combination now) {
        BigDecimal growth = then.value() == null || now.value() == null ? null : now.value().subtract(then.value());
        return new ZoneRates(then.value(), now.value(), growth, then.components().get(rule.numerator()),
                then.components().get(rule.denominator()), now.components().get(rule.numerator()),
                now.components().get(rule.denominator()));
    }

    /** A province's rate as it reported it, or else from its own populations. */
    private static Rate provinceRate(Combination combination) {
        return combination.value() == null ? new Rate(null, null)
                : new Rate(combination.value(), combination.ownValue() ? "REPORTED" : "COMPUTED");
    }

    private record Rate(BigDecimal value, String method) {
    }
}
