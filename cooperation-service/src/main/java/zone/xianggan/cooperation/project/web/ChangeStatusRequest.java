package zone.xianggan.cooperation.project.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.cooperation.project.application.ChangeStatus;
import zone.xianggan.cooperation.project.model.ProjectStatus;

/** A move of a project through its workflow. */
@Schema(description = "The status to move the project to, and why")
record ChangeStatusRequest(
        @Schema(example = "IN_PROGRESS") ProjectStatus status,
        @Schema(example = "Contract signed", description = "required to suspend or cancel") String reason,
        @Schema(example = "2026-03-02", description = "the day it took effect; today (China Standard Time) if left "
                + "out; never in the future") LocalDate effectiveOn) {

    ChangeStatus toCommand() {
        return new ChangeStatus(status, reason, effectiveOn);
    }
}
