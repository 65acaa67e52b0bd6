package zone.xianggan.registry.county.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotPermittedException;

class CountyPolicyTest {

    private static final CountyCode LIUYANG = new CountyCode("430181");
    private static final Agency HUNAN_DRC = new Agency("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000",
            AgencyKind.PROVINCIAL_DRC.grantableScopes());
    private static final Agency JIANGXI_DRC = new Agency("jiangxi-drc", AgencyKind.PROVINCIAL_DRC, null, "360000",
            AgencyKind.PROVINCIAL_DRC.grantableScopes());
    private static final Agency ZONE_OFFICE = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
            AgencyKind.ZONE_OFFICE.grantableScopes());

    @Test
    void theDrcOfTheUnitsProvinceMayChangeIt() {
        assertThatCode(() -> CountyPolicy.requireMayChange(HUNAN_DRC, LIUYANG)).doesNotThrowAnyException();
    }

    @Test
    void theZoneOfficeMayChangeAnyUnit() {
        assertThatCode(() -> CountyPolicy.requireMayChange(ZONE_OFFICE, LIUYANG)).doesNotThrowAnyException();
    }

    @Test
    void theOtherProvincesDrcMayNot() {
        assertThatThrownBy(() -> CountyPolicy.requireMayChange(JIANGXI_DRC, LIUYANG))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("province 430000");
    }

    @Test
    void theUnitsOwnAgencyMayNot() {
        Agency liuyang = new Agency("liuyang", AgencyKind.UNIT_AGENCY, "430181", null,
                AgencyKind.UNIT_AGENCY.grantableScopes());

        assertThatThrownBy(() -> CountyPolicy.requireMayChange(liuyang, LIUYANG))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theRightDrcWithoutTheRegistryScopeMayNot() {
        Agency readOnly = new Agency("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000", Set.of(Scope.ZONE_READ));

        assertThatThrownBy(() -> CountyPolicy.requireMayChange(readOnly, LIUYANG))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("registry.manage");
    }
}
