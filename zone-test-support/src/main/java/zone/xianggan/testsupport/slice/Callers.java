package zone.xianggan.testsupport.slice;

import java.util.Set;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;

/**
 * The agencies that call a service's use cases and web slices in tests, each with every scope its kind may hold,
 * and the person acting for some of them.
 */
public final class Callers {

    /** The agency of Liuyang (430181, Hunan). */
    public static final Caller LIUYANG = new Caller(unit("liuyang", "430181"), "chen.li");
    /** The agency of Liling (430281, Hunan). */
    public static final Caller LILING = new Caller(unit("liling", "430281"), null);
    public static final Caller HUNAN_DRC = new Caller(drc("hunan-drc", "430000"), "li.ming");
    public static final Caller JIANGXI_DRC = new Caller(drc("jiangxi-drc", "360000"), null);
    public static final Caller ZONE_OFFICE = new Caller(agency("zone-office", AgencyKind.ZONE_OFFICE), "planner");
    public static final Caller ZONE_OPERATOR = new Caller(agency("zone-operator", AgencyKind.OPERATOR), null);
    /** A subscriber whose token carries no scope at all. */
    public static final Caller WITHOUT_SCOPES = new Caller(new Agency("unscoped-subscriber", AgencyKind.SUBSCRIBER,
            null, null, Set.of()), null);

    private Callers() {
    }

    private static Agency unit(String id, String county) {
        return new Agency(id, AgencyKind.UNIT_AGENCY, county, null, AgencyKind.UNIT_AGENCY.grantableScopes());
    }

    private static Agency drc(String id, String province) {
        return new Agency(id, AgencyKind.PROVINCIAL_DRC, null, province,
                AgencyKind.PROVINCIAL_DRC.grantableScopes());
    }

    private static Agency agency(String id, AgencyKind kind) {
        return new Agency(id, kind, null, null, kind.grantableScopes());
    }
}
