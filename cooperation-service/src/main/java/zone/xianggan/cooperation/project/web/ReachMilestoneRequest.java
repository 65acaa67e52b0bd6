package zone.xianggan.cooperation.project.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.cooperation.project.application.ReachMilestone;

/** A milestone reached. */
@Schema(description = "The day a milestone was reached")
record ReachMilestoneRequest(
        @Schema(example = "2026-06-28", description = "today (China Standard Time) if left out; never in the future")
        LocalDate doneOn,
        @Schema(example = "Agreement signed in Pingxiang") String reason) {

    ReachMilestone toCommand() {
        return new ReachMilestone(doneOn, reason);
    }
}
