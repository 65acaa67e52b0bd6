package zone.xianggan.cooperation.project.application;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A milestone reached. */
@Schema(description = "The day a milestone was reached")
public record ReachMilestone(
        @Schema(example = "2026-06-28", description = "today (China Standard Time) if left out; never in the future")
        LocalDate doneOn,
        @Schema(example = "Agreement signed in Pingxiang") String reason) {
}
