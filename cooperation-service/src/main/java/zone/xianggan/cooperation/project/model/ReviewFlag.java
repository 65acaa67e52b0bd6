package zone.xianggan.cooperation.project.model;

import java.time.Instant;
import java.time.LocalDate;

import zone.xianggan.kernel.domain.CountyCode;

/**
 * A participating unit the registry has retired: the project names a unit that no longer exists and needs review.
 *
 * @param successor the unit the registry named to take over, if it named one
 */
public record ReviewFlag(CountyCode county, CountyCode successor, LocalDate retiredOn, Instant raisedAt) {
}
