package zone.xianggan.indicators.catalogue.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.kernel.aggregation.AggregationMethod;
import zone.xianggan.kernel.aggregation.AggregationRule;

@Schema(description = "How values combine across units: SUM; RATIO of the sums of numerator and denominator times "
        + "scale; or WEIGHTED_MEAN by weight")
record AggregationRequest(
        @Schema(example = "RATIO") AggregationMethod method,
        @Schema(example = "URBAN_RESIDENT_POPULATION") String numerator,
        @Schema(example = "RESIDENT_POPULATION") String denominator,
        String weight,
        @Schema(example = "100") BigDecimal scale) {

    AggregationRule toRule() {
        return new AggregationRule(method, numerator, denominator, weight, scale);
    }
}
