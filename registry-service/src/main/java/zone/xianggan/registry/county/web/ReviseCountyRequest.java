package zone.xianggan.registry.county.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.county.application.ReviseCounty;
import zone.xianggan.registry.county.model.CountyKind;

/**
 * The unit as the agency wants it: names and kind may change. The other fields of the county as read may be sent
 * back unchanged (read, edit, put back); a change to one of them is refused, naming where it is made instead.
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
        return new ReviseCounty(nameZh, nameEn, kind, reason);
    }

    /** Read-only fields sent with a value other than the one held. */
    List<Violation> readOnlyChanges(CountySnapshot held) {
        List<Violation> violations = new ArrayList<>();
        differs(violations, "code", code, held.code(), "a unit's code never changes; register the new unit and "
                + "retire this one");
        differs(violations, "provinceCode", provinceCode, held.provinceCode(), "it follows from the code");
        differs(violations, "prefectureCode", prefectureCode, held.prefectureCode(), "it follows from the code");
        differs(violations, "clusters", clusters, held.clusters(),
                "memberships change through PUT /api/v1/spatial-elements/{id}/members");
        differs(violations, "spatialElements", spatialElements, held.spatialElements(),
                "memberships change through PUT /api/v1/spatial-elements/{id}/members");
        differs(violations, "status", status, held.status(),
                "a unit is retired through POST /api/v1/counties/{code}/retirement");
        differs(violations, "successorCode", successorCode, held.successorCode(), "it is set on retirement");
        differs(violations, "retiredOn", retiredOn, held.retiredOn(), "it is set on retirement");
        return violations;
    }

    private static void differs(List<Violation> violations, String field, Object sent, Object held, String where) {
        if (sent != null && !Objects.equals(sent, held)) {
            violations.add(Violation.of(field, "cannot be changed here: " + where, sent));
        }
    }
}
