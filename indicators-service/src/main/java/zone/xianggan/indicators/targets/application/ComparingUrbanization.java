package zone.xianggan.indicators.targets.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.model.AggregationRule;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.indicators.targets.model.UrbanizationComparison;
import zone.xianggan.indicators.targets.model.UrbanizationComparison.ProvinceRates;
import zone.xianggan.indicators.targets.model.UrbanizationComparison.ZoneRates;
import zone.xianggan.platform.domain.Periodicity;

/**
 * Answers the plan's comparative goal from the data: the zone's urbanization rate from the sums of its units'
 * urban and resident population (the indicator's own rule), and each province's from the benchmark values
 * reported for {@code 430000} and {@code 360000}: its reported urbanization rate, or else its own populations.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class ComparingUrbanization {

    static final String RATE = "URBANIZATION_RATE";

    private final ReadingCatalogue catalogue;
    private final ReadingValues values;
    private final AggregatingValues aggregating;

    ComparingUrbanization(ReadingCatalogue catalogue, ReadingValues values, AggregatingValues aggregating) {
        this.catalogue = catalogue;
        this.values = values;
        this.aggregating = aggregating;
    }

    /**
     * @param baseYear by default 2020 (the year before the plan) if the zone has figures for it, else the first
     *                 year it has
     * @param year     by default the latest year the zone has figures for
     */
    public UrbanizationComparison compare(Integer baseYear, Integer year, String source) {
        AggregationRule rule = catalogue.get(RATE).aggregation();
        String urban = rule.numerator();
        String resident = rule.denominator();
        ScopeUnits zone = aggregating.resolve(new Scope.Zone());
        Set<String> provinces = new TreeSet<>();
        zone.units().forEach(unit -> provinces.add(unit.substring(0, 2) + "0000"));
        Set<String> codes = new TreeSet<>(zone.units());
        codes.addAll(provinces);
        Map<String, Map<Integer, Map<String, BigDecimal>>> figures = new HashMap<>();
        for (ValueRevision value : values.find(new ValueFilter(codes, Set.of(RATE, urban, resident), Set.of(),
                source))) {
            if (value.key().period().periodicity() == Periodicity.YEAR) {
                figures.computeIfAbsent(value.key().countyCode(), c -> new HashMap<>())
                        .computeIfAbsent(value.key().period().year(), y -> new HashMap<>())
                        .put(value.key().indicatorCode(), value.value());
            }
        }
        TreeSet<Integer> zoneYears = new TreeSet<>();
        zone.units().forEach(unit -> figures.getOrDefault(unit, Map.of()).forEach((y, f) -> {
            if (f.containsKey(urban) && f.containsKey(resident)) {
                zoneYears.add(y);
            }
        }));
        int base = baseYear != null ? baseYear
                : zoneYears.contains(ReadingTargets.DEFAULT_BASELINE_YEAR) || zoneYears.isEmpty()
                        ? ReadingTargets.DEFAULT_BASELINE_YEAR : zoneYears.first();
        int until = year != null ? year : zoneYears.isEmpty() ? base : zoneYears.last();

        List<String> compared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        for (String unit : zone.units()) {
            Map<String, BigDecimal> then = figures.getOrDefault(unit, Map.of()).getOrDefault(base, Map.of());
            Map<String, BigDecimal> now = figures.getOrDefault(unit, Map.of()).getOrDefault(until, Map.of());
            if (then.containsKey(urban) && then.containsKey(resident) && now.containsKey(urban)
                    && now.containsKey(resident)) {
                compared.add(unit);
                sums[0] = sums[0].add(then.get(urban));
                sums[1] = sums[1].add(then.get(resident));
                sums[2] = sums[2].add(now.get(urban));
                sums[3] = sums[3].add(now.get(resident));
            } else {
                missing.add(unit);
            }
        }
        ZoneRates zoneRates = compared.isEmpty() ? new ZoneRates(null, null, null, null, null, null, null)
                : zoneRates(sums);
        Map<String, ProvinceRates> provinceRates = new LinkedHashMap<>();
        for (String province : provinces) {
            Map<Integer, Map<String, BigDecimal>> series = figures.getOrDefault(province, Map.of());
            Rate then = provinceRate(series.getOrDefault(base, Map.of()), urban, resident);
            Rate now = provinceRate(series.getOrDefault(until, Map.of()), urban, resident);
            provinceRates.put(province, new ProvinceRates(then.value(), then.method(), now.value(), now.method(),
                    then.value() == null || now.value() == null ? null : now.value().subtract(then.value())));
        }
        return UrbanizationComparison.decide(base, until, zoneRates, provinceRates, compared, missing);
    }

    private static ZoneRates zoneRates(BigDecimal[] sums) {
        BigDecimal baseRate = UrbanizationComparison.rate(sums[0], sums[1]);
        BigDecimal rate = UrbanizationComparison.rate(sums[2], sums[3]);
        BigDecimal growth = baseRate == null || rate == null ? null : rate.subtract(baseRate);
        return new ZoneRates(baseRate, rate, growth, sums[0], sums[1], sums[2], sums[3]);
    }

    private static Rate provinceRate(Map<String, BigDecimal> figures, String urban, String resident) {
        if (figures.containsKey(RATE)) {
            return new Rate(figures.get(RATE), "REPORTED");
        }
        if (figures.containsKey(urban) && figures.containsKey(resident)) {
            return new Rate(UrbanizationComparison.rate(figures.get(urban), figures.get(resident)), "COMPUTED");
        }
        return new Rate(null, null);
    }

    private record Rate(BigDecimal value, String method) {
    }
}
