package zone.xianggan.registry.county.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import zone.xianggan.registry.county.application.RetireCounty;

@Schema(description = "The retirement of a unit after an administrative change")
record RetireCountyRequest(
        @Schema(example = "360313", description = "the unit that takes over, if any") String successorCode,
        @Schema(example = "2026-11-01", description = "the day it took effect; today if not given")
        LocalDate retiredOn,
        @Schema(example = "Merged into Xiangdong District by State Council approval") String reason) {

    RetireCounty toCommand() {
        return new RetireCounty(successorCode, retiredOn, reason);
    }
}
