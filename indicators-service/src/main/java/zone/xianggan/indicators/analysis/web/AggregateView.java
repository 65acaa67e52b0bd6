package zone.xianggan.indicators.analysis.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import zone.xianggan.indicators.analysis.application.AggregateResult;
import zone.xianggan.indicators.analysis.model.Aggregate;
import zone.xianggan.indicators.reporting.model.Sources;

/**
 * An aggregate as agencies read it: the value by the indicator's own rule, the rule in words, the sums it rests
 * on, how many units of the scope it covers and which are missing, and the sources of the figures it used.
 *
 * @param sourceFilter the one source the figures were restricted to, if the caller asked for one
 * @param synthetic    whether any figure used is synthetic sample data
 */
record AggregateView(String indicator, String nameEn, String unit, String period, String scope, String method,
        String rule, BigDecimal value, Map<String, BigDecimal> components, int unitsInScope, int coveredCount,
        int missingCount, List<String> covered, List<String> missing, String sourceFilter,
        Map<String, Integer> sources, boolean synthetic) {

    static AggregateView of(AggregateResult result) {
        Aggregate a = result.aggregate();
        return new AggregateView(result.indicator().code(), result.indicator().definition().nameEn(),
                result.indicator().unit(), result.period().toString(), result.scope().scope().id(),
                result.indicator().aggregation().method().name(), a.rule(), a.value(), a.components(),
                result.scope().units().size(), a.covered().size(), a.missing().size(), a.covered(), a.missing(),
                result.source(), a.sources(), a.sources().keySet().stream().anyMatch(Sources::isSynthetic));
    }
}
