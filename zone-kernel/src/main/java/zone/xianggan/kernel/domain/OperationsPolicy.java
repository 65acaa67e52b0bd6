package zone.xianggan.kernel.domain;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;

/**
 * Who may run the zone's operations (rebuild a replica, replay dead letters, announce state again): the operator
 * alone, with scope {@code zone.ops}. Shared by every service, since every service has such endpoints.
 */
public final class OperationsPolicy {

    public static final String RULE = "operations are run by the zone's operator (scope zone.ops)";

    private OperationsPolicy() {
    }

    public static void requireOperator(Agency agency) {
        if (!agency.is(AgencyKind.OPERATOR) || !agency.has(Scope.ZONE_OPS)) {
            throw new NotPermittedException(RULE);
        }
    }
}
