package zone.xianggan.registry.layout.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.domain.NotPermittedException;

class LayoutPolicyTest {

    @Test
    void theZoneOfficeSetsMembers() {
        Agency office = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                AgencyKind.ZONE_OFFICE.grantableScopes());

        assertThatCode(() -> LayoutPolicy.requireMayChangeMembers(office)).doesNotThrowAnyException();
    }

    @Test
    void aProvincialDrcDoesNot() {
        Agency drc = new Agency("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000",
                AgencyKind.PROVINCIAL_DRC.grantableScopes());

        assertThatThrownBy(() -> LayoutPolicy.requireMayChangeMembers(drc)).isInstanceOf(NotPermittedException.class);
    }
}
