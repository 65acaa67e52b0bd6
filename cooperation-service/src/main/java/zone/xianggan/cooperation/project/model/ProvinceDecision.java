package zone.xianggan.cooperation.project.model;

import java.time.Instant;

/** One province's decision: which, by which agency, when and why. */
public record ProvinceDecision(Province province, Decision decision, String actor, Instant decidedAt, String reason) {
}
