package zone.xianggan.indicators.analysis.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.indicators.InMemoryReplica;
import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.kernel.domain.InvalidInputException;

/** Scopes over Liuyang, Liling, Shangli and Jinggangshan, active, and Yanling, retired. */
class ScopesTest {

    private final Scopes scopes = new Scopes(ZoneUnits.replica());

    @Test
    void theZoneHoldsItsActiveUnits() {
        assertThat(scopes.resolve(Scope.parse("zone")).units()).containsExactly(ZoneUnits.SHANGLI,
                ZoneUnits.JINGGANGSHAN, ZoneUnits.LIUYANG, ZoneUnits.LILING);
    }

    @Test
    void aProvincesPartHoldsItsActiveUnits() {
        assertThat(scopes.resolve(Scope.parse("province:430000")).units()).containsExactly(ZoneUnits.LIUYANG,
                ZoneUnits.LILING);
    }

    @Test
    void aClusterHoldsItsActiveMembers() {
        assertThat(scopes.resolve(Scope.parse("cluster:" + PlanUnits.CENTRE)).units())
                .containsExactly(ZoneUnits.JINGGANGSHAN);
    }

    @Test
    void aListOfUnitsHoldsThoseNamedThoughRetired() {
        assertThat(scopes.resolve(Scope.parse("units:430225,430181")).units()).containsExactly(ZoneUnits.LIUYANG,
                ZoneUnits.YANLING);
    }

    @Test
    void aClusterTheRegistryDoesNotKnowIsRefusedNamingTheScope() {
        assertRefused("cluster:nowhere", "no city cluster nowhere");
    }

    @Test
    void aClusterWhoseUnitsHaveAllRetiredIsRefusedAsHavingNoActiveUnit() {
        Scopes afterRetirement = new Scopes(InMemoryReplica.holding(
                PlanUnits.unit(ZoneUnits.LIUYANG, 1, CountySnapshot.ACTIVE),
                PlanUnits.unit(ZoneUnits.JINGGANGSHAN, 2, CountySnapshot.RETIRED),
                PlanUnits.unit(ZoneUnits.YANLING, 2, CountySnapshot.RETIRED)));

        assertThatThrownBy(() -> afterRetirement.resolve(Scope.parse("cluster:" + PlanUnits.CENTRE)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("scope");
                    assertThat(refusal.violations().getFirst().reason())
                            .isEqualTo("city cluster " + PlanUnits.CENTRE + " has no active unit: all its units "
                                    + "are retired");
                });
    }

    @Test
    void aProvinceWithoutUnitsInTheZoneIsRefusedNamingTheScope() {
        assertRefused("province:110000", "no unit of the zone is in province 110000");
    }

    @Test
    void aListedUnitNotInTheRegistryIsRefusedNamingTheScope() {
        assertRefused("units:430181,430199", "no unit 430199 in the registry");
    }

    @Test
    void aListedProvinceIsRefusedAsABenchmark() {
        assertRefused("units:430000", "is a province");
    }

    @Test
    void aStoredScopeWhoseUnitsHaveAllRetiredHoldsNoneNow() {
        Scopes afterRetirement = new Scopes(InMemoryReplica.holding(
                PlanUnits.unit(ZoneUnits.LIUYANG, 1, CountySnapshot.ACTIVE),
                PlanUnits.unit(ZoneUnits.JINGGANGSHAN, 2, CountySnapshot.RETIRED),
                PlanUnits.unit(ZoneUnits.YANLING, 2, CountySnapshot.RETIRED)));

        assertThat(afterRetirement.unitsNow(Scope.parse("cluster:" + PlanUnits.CENTRE)).units()).isEmpty();
    }

    @Test
    void aStoredScopeHoldsTheActiveUnitsAQueryWould() {
        assertThat(scopes.unitsNow(Scope.parse("province:360000")))
                .isEqualTo(scopes.resolve(Scope.parse("province:360000")));
    }

    @Test
    void theProvincePartsGroupUnitsByTheirProvince() {
        assertThat(scopes.provinceParts(Set.of(ZoneUnits.LIUYANG, ZoneUnits.SHANGLI, ZoneUnits.LILING)))
                .isEqualTo(Map.of(ZoneUnits.HUNAN, Set.of(ZoneUnits.LIUYANG, ZoneUnits.LILING),
                        ZoneUnits.JIANGXI, Set.of(ZoneUnits.SHANGLI)));
    }

    private void assertRefused(String scope, String reason) {
        assertThatThrownBy(() -> scopes.resolve(Scope.parse(scope)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("scope");
                    assertThat(refusal.violations().getFirst().reason()).contains(reason);
                });
    }
}
