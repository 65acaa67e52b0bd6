package zone.xianggan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneServiceTest;

/** The registry as it starts: the plan's units, clusters, spatial elements and summary. Reads only. */
@ZoneServiceTest
@DirtiesContext
class SeededRegistryIT {

    private static final Map<String, String> PLAN_UNITS = Map.ofEntries(
            Map.entry("430181", "Liuyang"), Map.entry("430281", "Liling"), Map.entry("430223", "Youxian"),
            Map.entry("430224", "Chaling"), Map.entry("430225", "Yanling"), Map.entry("430626", "Pingjiang"),
            Map.entry("431028", "Anren"), Map.entry("431022", "Yizhang"), Map.entry("431026", "Rucheng"),
            Map.entry("431027", "Guidong"), Map.entry("360302", "Anyuan"), Map.entry("360313", "Xiangdong"),
            Map.entry("360321", "Lianhua"), Map.entry("360322", "Shangli"), Map.entry("360323", "Luxi"),
            Map.entry("360424", "Xiushui"), Map.entry("360902", "Yuanzhou"), Map.entry("360922", "Wanzai"),
            Map.entry("360926", "Tonggu"), Map.entry("360881", "Jinggangshan"), Map.entry("360827", "Suichuan"),
            Map.entry("360830", "Yongxin"), Map.entry("360724", "Shangyou"), Map.entry("360725", "Chongyi"));

    @LocalServerPort
    int port;

    ZoneHttp http;

    @BeforeEach
    void client() {
        http = ZoneHttp.at("http://127.0.0.1:" + port);
    }

    @Test
    void listsThePlansTwentyFourUnitsAsSeeded() {
        Response response = http.get("/api/v1/counties");

        assertThat(response.status()).isEqualTo(200);
        List<Map<String, Object>> counties = response.json("$");
        assertThat(counties).extracting(c -> c.get("code") + " " + c.get("nameEn")).containsExactlyInAnyOrderElementsOf(
                PLAN_UNITS.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        assertThat(response.<List<String>>json("$[?(@.code == '430181')].clusters[*]")).containsExactlyInAnyOrder(
                "liuyang-yuanzhou-wanzai-tonggu-xiushui-pingjiang", "liuyang-liling-shangli-xiangdong-anyuan-luxi");
        assertThat(response.<List<Object>>json("$[?(@.code == '360881')].nameZh")).containsExactly("井冈山市");
        assertThat(response.<List<Object>>json("$[*].version")).containsOnly(1);
        assertThat(response.<List<Object>>json("$[*].status")).containsOnly("ACTIVE");
        assertThat(counties).allSatisfy(c -> assertThat((List<?>) c.get("clusters")).isNotEmpty());
    }

    @Test
    void listsOnlyTheUnitsMatchingEveryFilterGiven() {
        assertThat(http.get("/api/v1/counties?province=430000").<List<Object>>json("$[*].code")).hasSize(10);
        assertThat(http.get("/api/v1/counties?province=360000").<List<Object>>json("$[*].code")).hasSize(14);
        assertThat(http.get("/api/v1/counties?prefecture=360300").<List<Object>>json("$[*].nameEn"))
                .containsExactlyInAnyOrder("Anyuan", "Xiangdong", "Lianhua", "Shangli", "Luxi");
        assertThat(http.get("/api/v1/counties?cluster=guidong-suichuan-shangyou-chongyi-rucheng-yizhang")
                .<List<Object>>json("$[*].code"))
                .containsExactlyInAnyOrder("431027", "360827", "360724", "360725", "431026", "431022");
        assertThat(http.get("/api/v1/counties?kind=DISTRICT").<List<Object>>json("$[*].code"))
                .containsExactlyInAnyOrder("360302", "360313", "360902");
        assertThat(http.get("/api/v1/counties?province=360000&kind=COUNTY_LEVEL_CITY")
                .<List<Object>>json("$[*].code")).containsExactly("360881");
        assertThat(http.get("/api/v1/counties?status=ACTIVE").<List<Object>>json("$[*].code")).hasSize(24);
        assertThat(http.get("/api/v1/counties?status=RETIRED").<List<Object>>json("$[*].code")).isEmpty();
    }

    @Test
    void getsOneUnitWithItsVersionAsETag() {
        Response response = http.get("/api/v1/counties/430626");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.etag()).isEqualTo("\"1\"");
        assertThat(response.<String>json("$.nameEn")).isEqualTo("Pingjiang");
        assertThat(response.<String>json("$.nameZh")).isEqualTo("平江县");
        assertThat(response.<String>json("$.provinceCode")).isEqualTo("430000");
        assertThat(response.<String>json("$.prefectureCode")).isEqualTo("430600");
        assertThat(response.<String>json("$.kind")).isEqualTo("COUNTY");
        assertThat(response.<List<String>>json("$.clusters"))
                .containsExactly("liuyang-yuanzhou-wanzai-tonggu-xiushui-pingjiang");
        assertThat(http.get("/api/v1/counties/430626/history").<List<String>>json("$[*].changeType"))
                .containsExactly("SEEDED");
    }

    @Test
    void listsTheFourClustersWithExactlyThePlansMembers() {
        Response clusters = http.get("/api/v1/clusters");

        assertThat(clusters.<List<String>>json("$[*].id")).hasSize(4);
        assertThat(clusters.<List<String>>json(
                "$[?(@.id == 'youxian-chaling-anren-yanling-jinggangshan-yongxin-lianhua')].members[*]"))
                .containsExactlyInAnyOrder("430223", "430224", "431028", "430225", "360881", "360830", "360321");
        assertThat(clusters.<List<String>>json(
                "$[?(@.id == 'liuyang-yuanzhou-wanzai-tonggu-xiushui-pingjiang')].members[*]"))
                .containsExactlyInAnyOrder("430181", "360902", "360922", "360926", "360424", "430626");
        assertThat(clusters.<List<String>>json("$[*].nameEn")).contains(
                "Liuyang-Liling-Shangli-Xiangdong-Anyuan-Luxi city cluster");
    }

    @Test
    void theSpatialElementsBesideTheClustersStartWithNoMembers() {
        Response elements = http.get("/api/v1/spatial-elements");

        assertThat(elements.<List<String>>json("$[?(@.kind == 'CORE')].id")).containsExactly("jinggangshan-core");
        assertThat(elements.<List<String>>json("$[?(@.kind == 'ECOLOGICAL_ZONE')].id")).containsExactlyInAnyOrder(
                "luoxiao-nanling-ecological-conservation-zone", "yangtze-pearl-ecological-corridor");
        assertThat(elements.<List<Object>>json("$[?(@.kind != 'CITY_CLUSTER')].members[*]")).isEmpty();
        assertThat(http.get("/api/v1/spatial-elements/jinggangshan-core").etag()).isEqualTo("\"1\"");
    }

    @Test
    void anUnknownSpatialElementIsNotFound() {
        assertThat(http.get("/api/v1/spatial-elements/no-such-thing").status()).isEqualTo(404);
    }

    @Test
    void summarisesTheZoneAsThePlanDescribesIt() {
        Response zone = http.get("/api/v1/zone");

        assertThat(zone.<Number>json("$.areaKm2").doubleValue()).isEqualTo(50500.0);
        assertThat(zone.<Integer>json("$.countyLevelUnits")).isEqualTo(24);
        assertThat(zone.<Map<String, Integer>>json("$.byKind"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("COUNTY", 18, "COUNTY_LEVEL_CITY", 3, "DISTRICT", 3));
        assertThat(zone.<List<Integer>>json("$.provinces[?(@.code == '430000')].countyLevelUnits")).containsExactly(10);
        assertThat(zone.<List<Integer>>json("$.provinces[?(@.code == '360000')].countyLevelUnits")).containsExactly(14);
        assertThat(zone.<List<Object>>json("$.layout.cityClusters[*].members")).containsExactlyInAnyOrder(6, 6, 7, 6);
        assertThat(zone.<List<Object>>json("$.layout.core[*].id")).containsExactly("jinggangshan-core");
        assertThat(zone.<List<Object>>json("$.layout.ecologicalZones[*].id")).hasSize(2);
    }

    @Test
    void listsTheTwoProvinces() {
        assertThat(http.get("/api/v1/provinces").<List<String>>json("$[*].nameEn"))
                .containsExactlyInAnyOrder("Hunan", "Jiangxi");
    }

    @Test
    void listsTheNinePrefecturesOfTheZonesUnits() {
        assertThat(http.get("/api/v1/prefectures").<List<String>>json("$[*].code")).containsExactlyInAnyOrder(
                "430100", "430200", "430600", "431000", "360300", "360400", "360700", "360800", "360900");
    }
}
