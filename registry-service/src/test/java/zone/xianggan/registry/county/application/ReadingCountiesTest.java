package zone.xianggan.registry.county.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.CountyStatus;

class ReadingCountiesTest {

    private static final CountyCode NINGXIANG = new CountyCode("430182");

    private final InMemoryCounties counties = new InMemoryCounties();
    private final ReadingCounties reading = new ReadingCounties(counties, new InMemoryReferenceData());

    @BeforeEach
    void fourUnitsOneOfThemRetired() {
        counties.insert(Units.suichuan());
        counties.insert(Units.liuyang());
        counties.insert(Units.jinggangshan());
        counties.insert(Units.retired(Units.liling()));
    }

    @Test
    void unitsAreListedInCodeOrder() {
        assertThat(codes(reading.list(null, null, null, null, null)))
                .containsExactly("360827", "360881", "430181", "430281");
    }

    @Test
    void theProvinceFilterKeepsTheProvincesUnits() {
        assertThat(codes(reading.list("360000", null, null, null, null))).containsExactly("360827", "360881");
    }

    @Test
    void theClusterFilterKeepsTheMembersOfTheElement() {
        assertThat(codes(reading.list(null, null, Units.JINGGANGSHAN_CLUSTER, null, null)))
                .containsExactly("360881");
    }

    @Test
    void theKindFilterKeepsUnitsOfThatKind() {
        assertThat(codes(reading.list(null, null, null, CountyKind.COUNTY, null))).containsExactly("360827");
    }

    @Test
    void theStatusFilterKeepsRetiredUnits() {
        assertThat(codes(reading.list(null, null, null, null, CountyStatus.RETIRED))).containsExactly("430281");
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> reading.get(NINGXIANG)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHistoryOfAnUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> reading.history(NINGXIANG)).isInstanceOf(NotFoundException.class);
    }

    private static List<String> codes(List<County> units) {
        return units.stream().map(county -> county.code().value()).toList();
    }
}
