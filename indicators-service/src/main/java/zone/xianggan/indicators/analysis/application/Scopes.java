package zone.xianggan.indicators.analysis.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.replica.RegistryReplica;
import zone.xianggan.replica.ReplicaFilter;

/**
 * Resolves a scope to the units it holds now, as this service's registry replica knows them: the zone, a
 * province's part and a cluster hold their active units; a list of units holds exactly those named (retired ones
 * too, for past periods). Province-level benchmark codes are never units of a scope.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Scopes {

    private final RegistryReplica replica;

    /** The units of a scope a query names: one that holds none, or a unit the registry does not know, is refused. */
    public ScopeUnits resolve(Scope scope) {
        ScopeUnits now = unitsNow(scope);
        switch (scope) {
            case Scope.Zone zone -> { }
            case Scope.ProvincePart part -> nonEmpty(now, () -> "no unit of the zone is in province "
                    + part.provinceCode());
            case Scope.Cluster cluster -> nonEmpty(now, () -> hasRetiredMembers(cluster)
                    ? "city cluster " + cluster.clusterId() + " has no active unit: all its units are retired"
                    : "no city cluster " + cluster.clusterId() + " in the registry");
            case Scope.Units listed -> requireKnown(listed);
        }
        return now;
    }

    /**
     * The units the scope holds now, none if none is active: for a scope that was checked when it was stored (a
     * target's), whose units may have retired since. A read of what was stored must not fail for that.
     */
    public ScopeUnits unitsNow(Scope scope) {
        Set<String> units = switch (scope) {
            case Scope.Zone zone -> codes(active());
            case Scope.ProvincePart part -> codes(active().stream()
                    .filter(unit -> unit.provinceCode().equals(part.provinceCode())).toList());
            case Scope.Cluster cluster -> codes(active().stream()
                    .filter(unit -> unit.clusters().contains(cluster.clusterId())).toList());
            case Scope.Units listed -> Set.copyOf(listed.codes());
        };
        return new ScopeUnits(scope, units);
    }

    /** The zone's active units by the province they are in. */
    public Map<String, Set<String>> provinceParts(Set<String> units) {
        Map<String, Set<String>> parts = new TreeMap<>();
        units.forEach(unit -> parts.computeIfAbsent(new CountyCode(unit).provinceCode(), p -> new TreeSet<>())
                .add(unit));
        return parts;
    }

    private List<CountySnapshot> active() {
        return replica.list(new ReplicaFilter(null, null, null, null, CountySnapshot.ACTIVE));
    }

    private void requireKnown(Scope.Units listed) {
        Map<String, CountySnapshot> units = replica.byCode();
        List<Violation> unknown = listed.codes().stream().filter(code -> !units.containsKey(code))
                .map(code -> Violation.of(Scope.FIELD, code.endsWith("0000") ? code + " is a province: its figures "
                        + "are benchmarks, not a unit of the zone" : "no unit " + code + " in the registry", code))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    /**
     * The registry knows a cluster only by its units' memberships, which a unit keeps when it retires: a cluster whose
     * units have all retired is still the registry's, and a query must not be told it is unknown.
     */
    private boolean hasRetiredMembers(Scope.Cluster cluster) {
        return replica.list(new ReplicaFilter(null, null, null, null, CountySnapshot.RETIRED)).stream()
                .anyMatch(unit -> unit.clusters().contains(cluster.clusterId()));
    }

    /** The reason is worked out only for a refusal: it may need another read of the replica. */
    private static void nonEmpty(ScopeUnits resolved, Supplier<String> reason) {
        if (resolved.units().isEmpty()) {
            throw new InvalidInputException(Violation.of(Scope.FIELD, reason.get(), resolved.scope().id()));
        }
    }

    private static Set<String> codes(List<CountySnapshot> units) {
        return units.stream().map(CountySnapshot::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
