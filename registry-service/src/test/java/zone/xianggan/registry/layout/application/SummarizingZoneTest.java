package zone.xianggan.registry.layout.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.application.CountyFeature;
import zone.xianggan.registry.county.application.InMemoryCounties;
import zone.xianggan.registry.county.application.InMemoryReferenceData;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.SpatialElement;
import zone.xianggan.registry.layout.model.ZonePlan;

class SummarizingZoneTest {

    private static final ZonePlan PLAN = new ZonePlan("xianggan-2021", "湘赣边区域合作示范区建设总体方案",
            "Xiang-Gan border area plan", new BigDecimal("50000"), LocalDate.parse("2021-09-01"), "NDRC", "NDRC");

    private final InMemoryZonePlans plans = new InMemoryZonePlans();
    private final InMemorySpatialElements elements = new InMemorySpatialElements();
    private final InMemoryCounties counties = new InMemoryCounties();
    private final InMemoryReferenceData reference = new InMemoryReferenceData();
    private final ReadingCounties readingCounties = CountyFeature.reading(counties, reference);
    private final SummarizingZone summarizing = new SummarizingZone(plans, readingCounties,
            new ReadingLayout(elements, readingCounties));

    @BeforeEach
    void threeActiveUnitsOneRetired() {
        reference.add(Units.HUNAN);
        reference.add(Units.JIANGXI);
        elements.insert(new SpatialElement(Units.JINGGANGSHAN_CLUSTER, ElementKind.CITY_CLUSTER, "城市群",
                "Youxian-Jinggangshan cluster", null, 1, Units.SEEDED_AT));
        counties.insert(Units.liuyang());
        counties.insert(Units.jinggangshan());
        counties.insert(Units.suichuan());
        counties.insert(Units.retired(Units.liling()));
    }

    @Test
    void activeUnitsAreCountedApartFromRetiredOnes() {
        plans.insert(PLAN);

        ZoneSummary summary = summarizing.summary();

        assertThat(summary.countyLevelUnits()).isEqualTo(3);
        assertThat(summary.retiredUnits()).isEqualTo(1);
    }

    @Test
    void eachProvinceCountsItsActiveUnits() {
        plans.insert(PLAN);

        assertThat(summarizing.summary().provinces()).extracting(ZoneSummary.ProvincePart::code,
                ZoneSummary.ProvincePart::countyLevelUnits).containsExactly(
                        tuple("360000", 2L),
                        tuple("430000", 1L));
    }

    @Test
    void activeUnitsAreCountedByKind() {
        plans.insert(PLAN);

        assertThat(summarizing.summary().byKind()).containsExactly(
                entry("COUNTY", 1L), entry("COUNTY_LEVEL_CITY", 2L));
    }

    @Test
    void eachCityClusterCountsItsActiveMembers() {
        plans.insert(PLAN);

        assertThat(summarizing.summary().layout().cityClusters()).singleElement()
                .isEqualTo(new ZoneSummary.ElementCount(Units.JINGGANGSHAN_CLUSTER, "Youxian-Jinggangshan cluster",
                        1));
    }

    @Test
    void aZoneWithoutItsPlanIsNotFound() {
        assertThatThrownBy(summarizing::summary).isInstanceOf(NotFoundException.class);
    }
}
