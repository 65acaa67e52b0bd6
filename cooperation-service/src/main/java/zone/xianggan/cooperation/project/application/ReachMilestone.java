package zone.xianggan.cooperation.project.application;

import java.time.LocalDate;


/**
 * A milestone reached.
 *
 * @param doneOn today (China Standard Time) if null; never in the future
 */
public record ReachMilestone(LocalDate doneOn, String reason) {
}
