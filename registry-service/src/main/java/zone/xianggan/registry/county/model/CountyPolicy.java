package zone.xianggan.registry.county.model;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotPermittedException;

/**
 * Who may register, revise and retire a unit: the development and reform commission of the unit's province, and the
 * zone office; each with the scope {@code registry.manage}.
 */
public final class CountyPolicy {

    private CountyPolicy() {
    }

    public static void requireMayChange(Agency agency, CountyCode unit) {
        boolean steward = agency.is(AgencyKind.ZONE_OFFICE) || agency.isDrcOf(unit.provinceCode());
        if (!steward || !agency.has(Scope.REGISTRY_MANAGE)) {
            throw new NotPermittedException("unit " + unit + " is registered, revised and retired by the DRC of "
                    + "province " + unit.provinceCode() + " or the zone office (scope registry.manage)");
        }
    }
}
