package zone.xianggan.indicators.analysis.application;

import zone.xianggan.indicators.analysis.model.Aggregate;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.domain.Period;

/** An aggregate with what it is the aggregate of. */
public record AggregateResult(Indicator indicator, Period period, ScopeUnits scope, String source,
        Aggregate aggregate) {
}
