package zone.xianggan.registry.layout.model;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;

/** Who may set which units belong to the plan's spatial elements: the zone office alone. */
public final class LayoutPolicy {

    private LayoutPolicy() {
    }

    public static void requireMayChangeMembers(Agency agency) {
        if (!agency.is(AgencyKind.ZONE_OFFICE) || !agency.has(Scope.REGISTRY_MANAGE)) {
            throw new NotPermittedException("the members of the plan's spatial elements are set by the zone office "
                    + "(scope registry.manage)");
        }
    }
}
