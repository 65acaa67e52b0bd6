package zone.xianggan.cooperation.project.application;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;

/** Agencies calling the use cases, each with the scopes its kind is granted, and a person acting for some. */
final class Callers {

    /** The agency of Liuyang (430181, Hunan). */
    static final Caller LIUYANG = new Caller(unit("liuyang", "430181"), "chen.li");
    /** The agency of Liling (430281, Hunan). */
    static final Caller LILING = new Caller(unit("liling", "430281"), null);
    static final Caller HUNAN_DRC = new Caller(drc("hunan-drc", "430000"), "li.ming");
    static final Caller JIANGXI_DRC = new Caller(drc("jiangxi-drc", "360000"), null);
    static final Caller ZONE_OFFICE = new Caller(new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
            AgencyKind.ZONE_OFFICE.grantableScopes()), "wang.fang");

    private Callers() {
    }

    private static Agency unit(String id, String county) {
        return new Agency(id, AgencyKind.UNIT_AGENCY, county, null, AgencyKind.UNIT_AGENCY.grantableScopes());
    }

    private static Agency drc(String id, String province) {
        return new Agency(id, AgencyKind.PROVINCIAL_DRC, null, province,
                AgencyKind.PROVINCIAL_DRC.grantableScopes());
    }
}
