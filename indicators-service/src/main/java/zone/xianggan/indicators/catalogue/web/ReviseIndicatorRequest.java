package zone.xianggan.indicators.catalogue.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.indicators.catalogue.application.DefineIndicator;
import zone.xianggan.indicators.catalogue.model.Direction;
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
        String code, String status, Long version, Instant changedAt, String changedBy, String changedByPerson) {

    DefineIndicator toCommand(String pathCode) {
        return new DefineIndicator(pathCode, nameZh, nameEn, unit, periodicity, planArea,
                aggregation == null ? null : aggregation.toRule(), direction, minimum, maximum, reason);
    }

    List<Violation> readOnlyChanges(String pathCode, String heldStatus) {
        List<Violation> violations = new ArrayList<>();
        if (code != null && !code.equals(pathCode)) {
            violations.add(Violation.of("code", "cannot be changed: define a new indicator and retire this one",
                    code));
        }
        if (status != null && !status.equals(heldStatus)) {
            violations.add(Violation.of("status",
                    "cannot be changed here: retire through POST /api/v1/indicators/{code}/retirement", status));
        }
        return violations;
    }
}
