package zone.xianggan.kernel.access;

import static zone.xianggan.kernel.access.Scope.AGENCIES_MANAGE;
import static zone.xianggan.kernel.access.Scope.CATALOGUE_MANAGE;
import static zone.xianggan.kernel.access.Scope.PROJECTS_DECIDE;
import static zone.xianggan.kernel.access.Scope.PROJECTS_PROPOSE;
import static zone.xianggan.kernel.access.Scope.REGISTRY_MANAGE;
import static zone.xianggan.kernel.access.Scope.TARGETS_MANAGE;
import static zone.xianggan.kernel.access.Scope.VALUES_REPORT;
import static zone.xianggan.kernel.access.Scope.ZONE_OPS;
import static zone.xianggan.kernel.access.Scope.ZONE_READ;

import java.util.EnumSet;
import java.util.Set;

/**
 * What kind of organisation an agency is. The zone knows organisations, not people: the people inside an agency
 * are the agency's own business. Each kind may hold only some scopes.
 */
public enum AgencyKind {

    /** The government of one of the 24 units: reports its own values, proposes projects it takes part in. */
    UNIT_AGENCY(EnumSet.of(ZONE_READ, VALUES_REPORT, PROJECTS_PROPOSE)),
    /** A province's development and reform commission: its units' registry data, its province's decisions. */
    PROVINCIAL_DRC(EnumSet.of(ZONE_READ, REGISTRY_MANAGE, PROJECTS_PROPOSE, PROJECTS_DECIDE)),
    /** The zone office: the catalogue, targets, spatial elements, the agencies themselves. */
    ZONE_OFFICE(EnumSet.of(ZONE_READ, VALUES_REPORT, CATALOGUE_MANAGE, TARGETS_MANAGE, REGISTRY_MANAGE,
            PROJECTS_PROPOSE, AGENCIES_MANAGE)),
    /** A system that follows the zone's data: reads, and the event topics granted to it. */
    SUBSCRIBER(EnumSet.of(ZONE_READ)),
    /** Runs the zone: replica rebuilds, dead letters, metrics, signing keys. */
    OPERATOR(EnumSet.of(ZONE_READ, ZONE_OPS)),
    /** One of the zone's own services, as it authenticates to Kafka and to the other services. */
    SERVICE(EnumSet.of(ZONE_READ));

    private final Set<Scope> grantableScopes;

    AgencyKind(Set<Scope> grantableScopes) {
        this.grantableScopes = Set.copyOf(grantableScopes);
    }

    /** The scopes an agency of this kind may be given; its default scopes. */
    public Set<Scope> grantableScopes() {
        return grantableScopes;
    }
}
