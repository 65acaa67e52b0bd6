package zone.xianggan.registry.county.web;

import io.swagger.v3.oas.annotations.media.Schema;
import zone.xianggan.registry.county.application.RegisterCounty;
import zone.xianggan.registry.county.model.CountyKind;

@Schema(description = "A county-level unit to add to the registry")
record RegisterCountyRequest(
        @Schema(example = "430182", description = "GB/T 2260 code; its first two digits are the province's")
        String code,
        @Schema(example = "宁乡市") String nameZh,
        @Schema(example = "Ningxiang") String nameEn,
        CountyKind kind,
        @Schema(example = "430000", description = "optional; must agree with the code") String provinceCode,
        @Schema(example = "430100", description = "optional; must agree with the code") String prefectureCode,
        @Schema(example = "Entered after the 2026 administrative adjustment") String reason) {

    RegisterCounty toCommand() {
        return new RegisterCounty(code, nameZh, nameEn, kind, provinceCode, prefectureCode, reason);
    }
}
