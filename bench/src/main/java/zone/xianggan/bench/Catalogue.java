package zone.xianggan.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The indicators the benchmark reports on: the seeded catalogue, topped up with benchmark indicators. */
final class Catalogue {

    /** An indicator and a value inside its bounds. */
    record Indicator(String code, BigDecimal value) {
    }

    private final Http http;
    private final String indicators;

    Catalogue(Http http, String indicatorsUrl) {
        this.http = http;
        this.indicators = indicatorsUrl;
    }

    /** {@code count} active indicators of {@code periodicity}, defining {@code BENCH_…} ones as needed. */
    List<Indicator> ensure(String periodicity, int count, String prefix) {
        List<Indicator> found = new ArrayList<>();
        for (JsonNode indicator : http.get(indicators + "/api/v1/indicators?limit=1000&status=ACTIVE&periodicity="
                + periodicity)
                .requireSuccess("GET indicators").json()) {
            if (found.size() < count) {
                found.add(new Indicator(indicator.get("code").asString(), inside(indicator)));
            }
        }
        for (int i = found.size(); i < count; i++) {
            String code = prefix + i;
            http.post(indicators + "/api/v1/indicators", """
                    {"code":"%s","nameZh":"基准测试指标","nameEn":"Benchmark count %d","unit":"items",
                     "periodicity":"%s","planArea":"COMPREHENSIVE_STRENGTH","aggregation":{"method":"SUM"},
                     "direction":"HIGHER_IS_BETTER","minimum":0,"reason":"benchmark"}""".formatted(code, i,
                    periodicity)).requireSuccess("define " + code);
            found.add(new Indicator(code, BigDecimal.valueOf(1000 + i)));
        }
        return found;
    }

    /** A value a quarter of the way into the indicator's bounds, so that every row is accepted. */
    private static BigDecimal inside(JsonNode indicator) {
        JsonNode min = indicator.get("minimum");
        JsonNode max = indicator.get("maximum");
        BigDecimal low = min == null || min.isNull() ? BigDecimal.ZERO : min.decimalValue();
        BigDecimal high = max == null || max.isNull() ? low.add(BigDecimal.valueOf(10_000)) : max.decimalValue();
        return low.add(high.subtract(low).divide(BigDecimal.valueOf(4))).setScale(2, java.math.RoundingMode.DOWN);
    }
}
