package zone.xianggan.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AgencyTest {

    @Test
    void aUnitAgencyBelongsToItsUnitOnly() {
        Agency liuyang = new Agency("liuyang", AgencyKind.UNIT_AGENCY, "430181", null, Set.of(Scope.VALUES_REPORT));

        assertThat(liuyang.isAgencyOfUnit("430181")).isTrue();
        assertThat(liuyang.isAgencyOfUnit("430281")).isFalse();
        assertThat(liuyang.isDrcOf("430000")).isFalse();
    }

    @Test
    void aDrcBelongsToItsProvinceOnly() {
        Agency hunan = new Agency("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000", Set.of());

        assertThat(hunan.isDrcOf("430000")).isTrue();
        assertThat(hunan.isDrcOf("360000")).isFalse();
        assertThat(hunan.isAgencyOfUnit("430181")).isFalse();
    }

    @Test
    void aUnitAgencyWithoutAUnitIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Agency("nowhere", AgencyKind.UNIT_AGENCY, null, null, Set.of()));
    }

    @Test
    void onlyAUnitAgencyHasAUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Agency("office", AgencyKind.ZONE_OFFICE, "430181", null, Set.of()));
    }

    @Test
    void onlyTheZoneOfficeMayManageTheCatalogue() {
        for (AgencyKind kind : AgencyKind.values()) {
            assertThat(kind.grantableScopes().contains(Scope.CATALOGUE_MANAGE)).isEqualTo(kind == AgencyKind.ZONE_OFFICE);
        }
    }

    @Test
    void onlyTheOperatorHoldsTheOperationsScope() {
        for (AgencyKind kind : AgencyKind.values()) {
            assertThat(kind.grantableScopes().contains(Scope.ZONE_OPS)).isEqualTo(kind == AgencyKind.OPERATOR);
        }
    }
}
