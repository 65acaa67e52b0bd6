package zone.xianggan.indicators.analysis.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.analysis.model.Aggregate;
import zone.xianggan.indicators.analysis.model.Figure;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;

/**
 * Aggregates for the zone, a province's part, a cluster or any list of units, by each indicator's own rule. One
 * indexed read of the current figures of the indicator and its components answers each.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AggregatingValues {

    private final ReadingCatalogue catalogue;
    private final ReadingValues values;
    private final Scopes scopes;

    /** @param source only figures from exactly this source count; null for all */
    public AggregateResult aggregate(String indicatorCode, Period period, Scope scope, String source) {
        Indicator indicator = catalogue.get(indicatorCode);
        requirePeriodicity(indicator, period);
        return aggregate(indicator, scopes.resolve(scope), period, source);
    }

    /** The aggregate for every period with figures, oldest first. */
    public List<AggregateResult> series(String indicatorCode, Scope scope, String source) {
        return series(catalogue.get(indicatorCode), scopes.resolve(scope), source);
    }

    /**
     * For use cases that have resolved the indicator and scope already. Not for no units: a filter without units
     * matches every unit's figures, which would all be read for no value.
     */
    public List<AggregateResult> series(Indicator indicator, ScopeUnits units, String source) {
        Map<Period, List<Figure>> byPeriod = new TreeMap<>();
        for (ValueRevision value : values.find(new ValueFilter(units.units(), codes(indicator), Set.of(), source))) {
            byPeriod.computeIfAbsent(value.key().period(), p -> new ArrayList<>()).add(figure(value));
        }
        List<AggregateResult> series = new ArrayList<>();
        byPeriod.forEach((period, figures) -> series.add(new AggregateResult(indicator, period, units, source,
                Aggregate.of(indicator, units.units(), figures))));
        return series;
    }

    /** For use cases that have resolved the indicator and scope already (targets, comparisons). */
    public AggregateResult aggregate(Indicator indicator, ScopeUnits units, Period period, String source) {
        List<Figure> figures = values.find(new ValueFilter(units.units(), codes(indicator), Set.of(period), source))
                .stream().map(AggregatingValues::figure).toList();
        return new AggregateResult(indicator, period, units, source, Aggregate.of(indicator, units.units(),
                figures));
    }

    public ScopeUnits resolve(Scope scope) {
        return scopes.resolve(scope);
    }

    /** @see Scopes#unitsNow */
    public ScopeUnits unitsNow(Scope scope) {
        return scopes.unitsNow(scope);
    }

    static void requirePeriodicity(Indicator indicator, Period period) {
        if (period.periodicity() != indicator.periodicity()) {
            throw new InvalidInputException(Violation.of("period", "indicator " + indicator.code()
                    + " is reported by " + indicator.periodicity(), period.toString()));
        }
    }

    private static Set<String> codes(Indicator indicator) {
        Set<String> codes = new HashSet<>(indicator.aggregation().components());
        codes.add(indicator.code());
        return codes.stream().collect(Collectors.toSet());
    }

    private static Figure figure(ValueRevision value) {
        return new Figure(value.key().countyCode(), value.key().indicatorCode(), value.value(), value.source());
    }
}
