package zone.xianggan.indicators.catalogue.application;

import java.math.BigDecimal;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

/** A new indicator for the catalogue, or the new definition of one (then {@code code} is the path's). */
public record DefineIndicator(String code, String nameZh, String nameEn, String unit, Periodicity periodicity,
        PlanArea planArea, AggregationRule aggregation, Direction direction, BigDecimal minimum, BigDecimal maximum,
        String reason) {
}
