package zone.xianggan.registry.county.application;

import java.time.LocalDate;

/**
 * The retirement of a unit after an administrative change.
 *
 * @param successorCode the unit that takes over, if any
 * @param retiredOn     the day it took effect; today if not given
 */
public record RetireCounty(String successorCode, LocalDate retiredOn, String reason) {
}
