package zone.xianggan.registry.county.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.county.model.CountyKind;

/**
 * Corrected names or kind of a unit, against the version the agency last read. The unit as read may be sent back
 * whole (read, edit, put back): {@code sentBack} holds what came back of the fields a revision does not change.
 */
public record ReviseCounty(String nameZh, String nameEn, CountyKind kind, String reason, ReadOnlyFields sentBack) {

    public ReviseCounty {
        sentBack = sentBack == null ? ReadOnlyFields.NONE : sentBack;
    }

    /** Names or kind alone, none of the other fields sent back. */
    public ReviseCounty(String nameZh, String nameEn, CountyKind kind, String reason) {
        this(nameZh, nameEn, kind, reason, ReadOnlyFields.NONE);
    }

    /**
     * The fields of a unit that other changes make, as an agency sent them back with a revision: each null where it
     * was not sent, and otherwise to be the value held.
     */
    public record ReadOnlyFields(String code, String provinceCode, String prefectureCode, List<String> clusters,
            List<String> spatialElements, String status, String successorCode, LocalDate retiredOn) {

        public static final ReadOnlyFields NONE = new ReadOnlyFields(null, null, null, null, null, null, null, null);

        /** Those sent with a value other than the one {@code held}, each naming what changes it instead. */
        List<Violation> changedFrom(CountySnapshot held) {
            List<Violation> violations = new ArrayList<>();
            differs(violations, "code", code, held.code(), "a unit's code never changes; register the new unit and "
                    + "retire this one");
            differs(violations, "provinceCode", provinceCode, held.provinceCode(), "it follows from the code");
            differs(violations, "prefectureCode", prefectureCode, held.prefectureCode(), "it follows from the code");
            differs(violations, "clusters", clusters, held.clusters(),
                    "memberships change as the spatial element's members are set");
            differs(violations, "spatialElements", spatialElements, held.spatialElements(),
                    "memberships change as the spatial element's members are set");
            differs(violations, "status", status, held.status(), "a unit is retired by its retirement");
            differs(violations, "successorCode", successorCode, held.successorCode(), "it is set on retirement");
            differs(violations, "retiredOn", retiredOn, held.retiredOn(), "it is set on retirement");
            return violations;
        }

        private static void differs(List<Violation> violations, String field, Object sent, Object held,
                String where) {
            if (sent != null && !Objects.equals(sent, held)) {
                violations.add(Violation.of(field, "cannot be changed here: " + where, sent));
            }
        }
    }
}
