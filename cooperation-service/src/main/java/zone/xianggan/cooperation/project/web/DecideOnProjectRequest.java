package zone.xianggan.cooperation.project.web;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.cooperation.project.application.DecideOnProject;
import zone.xianggan.cooperation.project.model.Decision;

/** One province's decision on a proposal, taken by the calling agency: that province's DRC. */
@Schema(description = "A province's decision on a proposed project")
record DecideOnProjectRequest(
        @Schema(example = "430000", description = "430000 Hunan or 360000 Jiangxi") String province,
        Decision decision,
        @Schema(example = "Fits the 2026 transport plan", description = "required to reject") String reason) {

    DecideOnProject toCommand() {
        return new DecideOnProject(province, decision, reason);
    }
}
