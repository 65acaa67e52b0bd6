package zone.xianggan.registry.county.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.registry.county.application.ReviseCounty;
import zone.xianggan.registry.county.model.CountyKind;

/**
 * The unit as the agency wants it: names and kind may change. The other fields of the county as read may be sent
 * back unchanged (read, edit, put back); the use case refuses a change to one of them, against the version it locks.
 * {@code version}, {@code changedAt}, {@code changedBy} and {@code changedByPerson} are ignored: If-Match carries the
 * version, and who changes the unit is the caller.
 */
@Schema(description = "The unit with corrected names or kind; other fields, if sent, must be as read")
record ReviseCountyRequest(
        @Schema(example = "浏阳市") String nameZh,
        @Schema(example = "Liuyang") String nameEn,
        CountyKind kind,
        @Schema(example = "Corrected the English name") String reason,
        String code, String provinceCode, String prefectureCode, List<String> clusters,
        List<String> spatialElements, String status, String successorCode, LocalDate retiredOn, Long version,
        Instant changedAt, String changedBy, String changedByPerson) {

    ReviseCounty toCommand() {
        return new ReviseCounty(nameZh, nameEn, kind, reason, new ReviseCounty.ReadOnlyFields(code, provinceCode,
                prefectureCode, clusters, spatialElements, status, successorCode, retiredOn));
    }
}
