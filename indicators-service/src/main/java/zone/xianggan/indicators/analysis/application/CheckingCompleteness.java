package zone.xianggan.indicators.analysis.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.analysis.model.Completeness;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.domain.Period;

/** Which units have not reported an indicator for a period, and the rate, over a scope and its province parts. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CheckingCompleteness {

    private final ReadingCatalogue catalogue;
    private final ReadingValues values;
    private final Scopes scopes;

    public CompletenessReport completeness(String indicatorCode, Period period, Scope scope, String source) {
        Indicator indicator = catalogue.get(indicatorCode);
        AggregatingValues.requirePeriodicity(indicator, period);
        ScopeUnits units = scopes.resolve(scope);
        Map<String, Set<String>> reporting = reporting(units, Set.of(indicatorCode), period, source);
        return report(indicator, period, units, source, reporting.getOrDefault(indicatorCode, Set.of()));
    }

    /** Completeness of every active indicator reported by the period's periodicity, in one read. */
    public List<CompletenessReport> summary(Period period, Scope scope, String source) {
        ScopeUnits units = scopes.resolve(scope);
        List<Indicator> indicators = catalogue.list(null, IndicatorStatus.ACTIVE, period.periodicity());
        Map<String, Set<String>> reporting = reporting(units,
                indicators.stream().map(Indicator::code).collect(Collectors.toSet()), period, source);
        return indicators.stream().map(indicator -> report(indicator, period, units, source,
                reporting.getOrDefault(indicator.code(), Set.of()))).toList();
    }

    private Map<String, Set<String>> reporting(ScopeUnits units, Set<String> indicators, Period period,
            String source) {
        return values.find(new ValueFilter(units.units(), indicators, Set.of(period), source)).stream()
                .collect(Collectors.groupingBy(v -> v.key().indicatorCode(),
                        Collectors.mapping(ValueRevision::key, Collectors.mapping(k -> k.countyCode(),
                                Collectors.toSet()))));
    }

    private CompletenessReport report(Indicator indicator, Period period, ScopeUnits units, String source,
            Set<String> reporting) {
        Map<String, Completeness> byProvince = new LinkedHashMap<>();
        scopes.provinceParts(units.units()).forEach((province, part) -> byProvince.put(province,
                Completeness.of(part, reporting)));
        return new CompletenessReport(indicator, period, units.scope().id(), source,
                Completeness.of(units.units(), reporting), byProvince);
    }
}
