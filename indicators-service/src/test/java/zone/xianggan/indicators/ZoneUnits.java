package zone.xianggan.indicators;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.replica.RegistryReplica;

/**
 * Five of the plan's units as this service's replica holds them: Liuyang and Liling in Hunan, Shangli and
 * Jinggangshan in Jiangxi, active, and Yanling (Hunan), retired. Their city clusters are the plan's
 * ({@link PlanUnits}).
 */
public final class ZoneUnits {

    public static final String LIUYANG = "430181";
    public static final String LILING = "430281";
    public static final String SHANGLI = "360322";
    public static final String JINGGANGSHAN = "360881";
    public static final String YANLING = "430225";
    public static final String HUNAN = "430000";
    public static final String JIANGXI = "360000";

    private ZoneUnits() {
    }

    public static RegistryReplica replica() {
        return InMemoryReplica.holding(active(LIUYANG), active(LILING), active(SHANGLI), active(JINGGANGSHAN),
                PlanUnits.unit(YANLING, 2, CountySnapshot.RETIRED));
    }

    private static CountySnapshot active(String code) {
        return PlanUnits.unit(code, 1, CountySnapshot.ACTIVE);
    }
}
