package zone.xianggan.identity.agency.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.AgencyKind;

record RegisterAgencyRequest(
        @Schema(example = "hunan-stats", description = "lower-case letters, digits, '.' and '-', 2 to 63") String id,
        @Schema(example = "SUBSCRIBER") AgencyKind kind,
        @Schema(description = "UNIT_AGENCY only: its unit's county code", example = "430181") String unit,
        @Schema(description = "PROVINCIAL_DRC only: 430000 or 360000") String province,
        @Schema(example = "湖南省统计局") String nameZh,
        @Schema(example = "Hunan Provincial Bureau of Statistics") String nameEn,
        @Schema(description = "Left out: every scope the kind may hold") List<String> scopes,
        @Schema(description = "SUBSCRIBER only: the event topics it may read") List<String> topics,
        String reason) {

    Registration toRegistration() {
        return new Registration(id, kind, unit, province, nameZh, nameEn, scopes, topics);
    }
}
