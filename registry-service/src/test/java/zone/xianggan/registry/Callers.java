package zone.xianggan.registry;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;

/** The agencies that call the registry's use cases in tests, each with every scope its kind may hold. */
public final class Callers {

    public static final Caller HUNAN_DRC = new Caller(drc("hunan-drc", "430000"), "li.ming");
    public static final Caller JIANGXI_DRC = new Caller(drc("jiangxi-drc", "360000"), null);
    public static final Caller ZONE_OFFICE = new Caller(agency("zone-office", AgencyKind.ZONE_OFFICE), "planner");
    public static final Caller ZONE_OPERATOR = new Caller(agency("zone-operator", AgencyKind.OPERATOR), null);

    private Callers() {
    }

    private static Agency drc(String id, String province) {
        return new Agency(id, AgencyKind.PROVINCIAL_DRC, null, province,
                AgencyKind.PROVINCIAL_DRC.grantableScopes());
    }

    private static Agency agency(String id, AgencyKind kind) {
        return new Agency(id, kind, null, null, kind.grantableScopes());
    }
}
