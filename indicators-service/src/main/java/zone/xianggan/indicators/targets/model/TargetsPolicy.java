package zone.xianggan.indicators.targets.model;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;

/**
 * Who may adopt a target and set (or correct) the number a target is set at: the zone office alone, with the scope
 * {@code targets.manage}. The goals are the plan's, for the whole zone; no unit or province sets them.
 */
public final class TargetsPolicy {

    public static final String RULE = "the plan's targets are adopted and set by the zone office (scope "
            + "targets.manage)";

    private TargetsPolicy() {
    }

    public static void requireMaySetTargets(Agency agency) {
        if (!agency.is(AgencyKind.ZONE_OFFICE) || !agency.has(Scope.TARGETS_MANAGE)) {
            throw new NotPermittedException(RULE);
        }
    }
}
