package zone.xianggan.cooperation.project.model;

import java.time.Instant;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.plan.Province;

/** One province's decision: which, by which agency (and the person acting for it), when and why. */
public record ProvinceDecision(Province province, Decision decision, Actor actor, Instant decidedAt, String reason) {
}
