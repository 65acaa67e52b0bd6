package zone.xianggan.indicators.targets.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;

class TargetsPolicyTest {

    @Test
    void theZoneOfficeManagesTheTargets() {
        Agency office = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                AgencyKind.ZONE_OFFICE.grantableScopes());

        assertThatCode(() -> TargetsPolicy.requireMaySetTargets(office)).doesNotThrowAnyException();
    }

    @Test
    void theZoneOfficeWithoutTheTargetsScopeDoesNot() {
        Agency office = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                EnumSet.complementOf(EnumSet.of(Scope.TARGETS_MANAGE)));

        assertThatThrownBy(() -> TargetsPolicy.requireMaySetTargets(office)).isInstanceOf(NotPermittedException.class)
                .hasMessage(TargetsPolicy.RULE).hasMessageContaining("targets.manage");
    }

    @ParameterizedTest
    @EnumSource(value = AgencyKind.class, mode = EnumSource.Mode.EXCLUDE, names = "ZONE_OFFICE")
    void noOtherKindOfAgencyDoesWhateverScopesItsTokenCarries(AgencyKind kind) {
        Agency other = new Agency("other", kind, kind == AgencyKind.UNIT_AGENCY ? "430181" : null,
                kind == AgencyKind.PROVINCIAL_DRC ? "430000" : null, EnumSet.allOf(Scope.class));

        assertThatThrownBy(() -> TargetsPolicy.requireMaySetTargets(other)).isInstanceOf(NotPermittedException.class)
                .hasMessage(TargetsPolicy.RULE);
    }
}
