package zone.xianggan.indicators.analysis.application;

import java.util.Map;

import zone.xianggan.indicators.analysis.model.Completeness;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.domain.Period;

/** Reporting completeness of one indicator and period over a scope, and over each province's part of it. */
public record CompletenessReport(Indicator indicator, Period period, String scope, String source,
        Completeness overall, Map<String, Completeness> byProvince) {
}
