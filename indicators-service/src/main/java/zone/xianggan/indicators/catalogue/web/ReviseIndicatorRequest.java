package zone.xianggan.indicators.catalogue.web;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.indicators.catalogue.application.DefineIndicator;
import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * The indicator's whole definition as the agency wants it. The indicator as read may be sent back with its
 * changes (read, edit, put back); its code and status cannot change here. {@code version}, {@code changedAt},
 * {@code changedBy} and {@code changedByPerson} are ignored: If-Match carries the version, and who changes the
 * indicator is the caller.
 */
@Schema(description = "The indicator's new definition; code and status, if sent, must be as read")
record ReviseIndicatorRequest(
        String nameZh,
        String nameEn,
        String unit,
        Periodicity periodicity,
        PlanArea planArea,
        AggregationRequest aggregation,
        Direction direction,
        BigDecimal minimum,
        BigDecimal maximum,
        @Schema(example = "Bounds widened after the 2025 census") String reason,
        String code, IndicatorStatus status, Long version, Instant changedAt, String changedBy,
        String changedByPerson) {

    /** The definition sent, under the path's code: what a new indicator would be defined with. */
    DefineIndicator toCommand(String pathCode) {
        return new DefineIndicatorRequest(pathCode, nameZh, nameEn, unit, periodicity, planArea, aggregation,
                direction, minimum, maximum, reason).toCommand();
    }

    /**
     * The code sent back must be the path's. The status is the use case's to check, against the version it locks:
     * the one held when this request arrived may already be another change's.
     */
    void requireCodeOf(String pathCode) {
        if (code != null && !code.equals(pathCode)) {
            throw new InvalidInputException(Violation.of("code",
                    "cannot be changed: define a new indicator and retire this one", code));
        }
    }
}
