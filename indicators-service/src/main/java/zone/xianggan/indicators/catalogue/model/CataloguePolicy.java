package zone.xianggan.indicators.catalogue.model;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;

/**
 * Who may define, revise and retire the indicators of the catalogue: the zone office alone, with the scope
 * {@code catalogue.manage}. Every unit reports against the same catalogue, so no unit or province changes it.
 */
public final class CataloguePolicy {

    public static final String RULE = "the indicator catalogue is defined, revised and retired by the zone office "
            + "(scope catalogue.manage)";

    private CataloguePolicy() {
    }

    public static void requireMayManage(Agency agency) {
        if (!agency.is(AgencyKind.ZONE_OFFICE) || !agency.has(Scope.CATALOGUE_MANAGE)) {
            throw new NotPermittedException(RULE);
        }
    }
}
