package zone.xianggan.cooperation.project.application;

import zone.xianggan.cooperation.project.model.Decision;

/**
 * One province's decision on a proposal, taken by the calling agency: that province's DRC.
 *
 * @param province {@code 430000} (Hunan) or {@code 360000} (Jiangxi)
 * @param reason   required to reject
 */
public record DecideOnProject(String province, Decision decision, String reason) {
}
