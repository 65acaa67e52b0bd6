package zone.xianggan.cooperation.project.application;

import java.time.LocalDate;

import zone.xianggan.cooperation.project.model.ProjectStatus;

/**
 * A move of a project through its workflow.
 *
 * @param reason      required to suspend or cancel
 * @param effectiveOn the day it took effect; today (China Standard Time) if null; never in the future
 */
public record ChangeStatus(ProjectStatus status, String reason, LocalDate effectiveOn) {
}
