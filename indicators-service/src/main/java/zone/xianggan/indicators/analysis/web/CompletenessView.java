package zone.xianggan.indicators.analysis.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import zone.xianggan.indicators.analysis.application.CompletenessReport;
import zone.xianggan.indicators.analysis.model.Completeness;

/**
 * Reporting completeness of one indicator and period: units expected (the scope's active units), units that
 * reported, the rate in percent, the units missing, and the same for each province's part.
 */
record CompletenessView(String indicator, String period, String scope, String sourceFilter, int expected,
        int reported, BigDecimal rate, List<String> missing, Map<String, Part> byProvince) {

    static CompletenessView of(CompletenessReport report) {
        Completeness all = report.overall();
        return new CompletenessView(report.indicator().code(), report.period().toString(), report.scope(),
                report.source(), all.expected(), all.reported(), all.rate(), all.missing(),
                report.byProvince().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Part.of(e.getValue()), (a, b) -> a, java.util.TreeMap::new)));
    }

    record Part(int expected, int reported, BigDecimal rate, List<String> missing) {
        static Part of(Completeness c) {
            return new Part(c.expected(), c.reported(), c.rate(), c.missing());
        }
    }
}
