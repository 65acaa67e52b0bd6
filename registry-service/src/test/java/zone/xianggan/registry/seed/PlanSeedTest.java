package zone.xianggan.registry.seed;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.layout.model.ElementKind;

/**
 * The seed against the plan's own words (docs/plan.md: the NDRC plan as the Hunan government published it) and
 * against GB/T 2260 as the National Bureau of Statistics lists it.
 */
class PlanSeedTest {

    private final PlanSeed seed = PlanSeed.load(JsonMapper.builder().build());
    private final Map<String, PlanSeed.County> byName = seed.counties().stream()
            .collect(toMap(PlanSeed.County::nameEn, Function.identity()));

    @Test
    void theTwentyFourUnitsAreAsTheOfficialListHasThem() {
        assertThat(seed.counties()).extracting(c -> c.code() + " " + c.nameZh() + " " + c.nameEn() + " " + c.kind())
                .containsExactlyInAnyOrder(
                        "430181 浏阳市 Liuyang COUNTY_LEVEL_CITY", "430281 醴陵市 Liling COUNTY_LEVEL_CITY",
                        "430223 攸县 Youxian COUNTY", "430224 茶陵县 Chaling COUNTY", "430225 炎陵县 Yanling COUNTY",
                        "430626 平江县 Pingjiang COUNTY", "431028 安仁县 Anren COUNTY", "431022 宜章县 Yizhang COUNTY",
                        "431026 汝城县 Rucheng COUNTY", "431027 桂东县 Guidong COUNTY",
                        "360302 安源区 Anyuan DISTRICT", "360313 湘东区 Xiangdong DISTRICT",
                        "360321 莲花县 Lianhua COUNTY", "360322 上栗县 Shangli COUNTY", "360323 芦溪县 Luxi COUNTY",
                        "360424 修水县 Xiushui COUNTY", "360902 袁州区 Yuanzhou DISTRICT", "360922 万载县 Wanzai COUNTY",
                        "360926 铜鼓县 Tonggu COUNTY", "360881 井冈山市 Jinggangshan COUNTY_LEVEL_CITY",
                        "360827 遂川县 Suichuan COUNTY", "360830 永新县 Yongxin COUNTY", "360724 上犹县 Shangyou COUNTY",
                        "360725 崇义县 Chongyi COUNTY");
    }

    @Test
    void tenUnitsAreInHunanFourteenInJiangxi() {
        assertThat(seed.counties()).filteredOn(c -> c.code().startsWith("43")).hasSize(10);
        assertThat(seed.counties()).filteredOn(c -> c.code().startsWith("36")).hasSize(14);
    }

    @Test
    void eachUnitIsInOneOfTheNinePrefecturesOfTheSeed() {
        List<String> prefectures = seed.prefectures().stream().map(PlanSeed.Prefecture::code).toList();
        assertThat(prefectures).hasSize(9);
        seed.counties().forEach(c -> assertThat(prefectures).contains(new CountyCode(c.code()).prefectureCode()));
    }

    @Test
    void pingxiangIsInTheZoneAsAllFiveOfItsUnits() {
        assertThat(seed.counties()).filteredOn(c -> c.code().startsWith("3603")).extracting(PlanSeed.County::nameEn)
                .containsExactlyInAnyOrder("Anyuan", "Xiangdong", "Lianhua", "Shangli", "Luxi");
    }

    @Test
    void theFourClustersHaveExactlyTheMembersThePlanLists() {
        assertThat(clusterMembers()).containsExactlyInAnyOrder(
                members("Liuyang-Yuanzhou-Wanzai-Tonggu-Xiushui-Pingjiang"),
                members("Liuyang-Liling-Shangli-Xiangdong-Anyuan-Luxi"),
                members("Youxian-Chaling-Anren-Yanling-Jinggangshan-Yongxin-Lianhua"),
                members("Guidong-Suichuan-Shangyou-Chongyi-Rucheng-Yizhang"));
    }

    @Test
    void theCoreStartsWithNoMembersBecauseThePlanNamesNone() {
        assertThat(seed.spatialElements()).filteredOn(e -> e.kind() == ElementKind.CORE).singleElement()
                .satisfies(core -> assertThat(core.members()).isEmpty());
    }

    @Test
    void theTwoEcologicalZonesStartWithNoMembersBecauseThePlanNamesNone() {
        assertThat(seed.spatialElements()).filteredOn(e -> e.kind() == ElementKind.ECOLOGICAL_ZONE).hasSize(2)
                .allSatisfy(zone -> assertThat(zone.members()).isEmpty());
    }

    @Test
    void theUnitsAreEighteenCountiesThreeCitiesThreeDistricts() {
        assertThat(seed.counties()).filteredOn(c -> c.kind() == CountyKind.COUNTY).hasSize(18);
        assertThat(seed.counties()).filteredOn(c -> c.kind() == CountyKind.COUNTY_LEVEL_CITY).hasSize(3);
        assertThat(seed.counties()).filteredOn(c -> c.kind() == CountyKind.DISTRICT).hasSize(3);
    }

    @Test
    void theAreaIsThePlans() {
        assertThat(seed.plan().areaKm2()).isEqualByComparingTo("50500");
    }

    private List<List<String>> clusterMembers() {
        return seed.spatialElements().stream().filter(e -> e.kind() == ElementKind.CITY_CLUSTER)
                .map(e -> e.members().stream().sorted().toList()).toList();
    }

    private List<String> members(String planName) {
        return Arrays.stream(planName.split("-")).map(name -> byName.get(name).code()).sorted().toList();
    }
}
