package zone.xianggan.indicators.catalogue.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.indicators.catalogue.application.DefineIndicator;
import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

@Schema(description = "A new indicator")
record DefineIndicatorRequest(
        @Schema(example = "NEW_ENERGY_VEHICLES") String code,
        @Schema(example = "新能源汽车保有量") String nameZh,
        @Schema(example = "New energy vehicles registered") String nameEn,
        @Schema(example = "vehicles") String unit,
        Periodicity periodicity,
        PlanArea planArea,
        AggregationRequest aggregation,
        Direction direction,
        BigDecimal minimum,
        BigDecimal maximum,
        @Schema(example = "Agreed by the zone office on 2026-03-02") String reason) {

    DefineIndicator toCommand() {
        return new DefineIndicator(code, nameZh, nameEn, unit, periodicity, planArea,
                aggregation == null ? null : aggregation.toRule(), direction, minimum, maximum, reason);
    }
}
