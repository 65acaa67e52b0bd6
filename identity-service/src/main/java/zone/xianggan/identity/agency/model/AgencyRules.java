package zone.xianggan.identity.agency.model;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;

/** Who may see and change the zone's agencies. */
public final class AgencyRules {

    public static final String MANAGE = "agencies are managed by the zone office (scope agencies.manage)";
    public static final String READ = "agencies are read by the zone office (scope agencies.manage) or the operator "
            + "(scope zone.ops)";

    private AgencyRules() {
    }

    /** Registering, disabling, enabling, new secrets, topics: the zone office alone. */
    public static void requireManager(Agency caller) {
        if (!(caller.is(AgencyKind.ZONE_OFFICE) && caller.has(Scope.AGENCIES_MANAGE))) {
            throw new NotPermittedException(MANAGE);
        }
    }

    /** The register, each agency's rights and history: the zone office, and the operator who runs the zone. */
    public static void requireReader(Agency caller) {
        if (!caller.has(Scope.AGENCIES_MANAGE) && !caller.has(Scope.ZONE_OPS)) {
            throw new NotPermittedException(READ);
        }
    }
}
