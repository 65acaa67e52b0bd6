package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;

class OperationsPolicyTest {

    @Test
    void theOperatorRunsOperations() {
        Agency operator = new Agency("zone-operator", AgencyKind.OPERATOR, null, null, Set.of(Scope.ZONE_OPS));

        assertThatCode(() -> OperationsPolicy.requireOperator(operator)).doesNotThrowAnyException();
    }

    @Test
    void theZoneOfficeDoesNot() {
        Agency office = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                AgencyKind.ZONE_OFFICE.grantableScopes());

        assertThatThrownBy(() -> OperationsPolicy.requireOperator(office)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anOperatorWithoutTheOperationsScopeDoesNot() {
        Agency readOnly = new Agency("zone-operator", AgencyKind.OPERATOR, null, null, Set.of(Scope.ZONE_READ));

        assertThatThrownBy(() -> OperationsPolicy.requireOperator(readOnly)).isInstanceOf(NotPermittedException.class);
    }
}
