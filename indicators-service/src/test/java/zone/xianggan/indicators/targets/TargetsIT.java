package zone.xianggan.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * The plan's goals as data, with progress from the figures, and its comparative urbanization goal answered from a
 * hand computation:
 *
 * <pre>
 *                  2020 urban / resident     2024 urban / resident
 * 430181           800 / 1500                900 / 1500
 * 360302           300 / 500                 400 / 500
 * 430281           —                         600 / 1000   (not in both years: left out)
 * zone             1100 / 2000 = 55 %        1300 / 2000 = 65 %      growth 10 points
 * 430000 (Hunan)   rate reported 58.76       rate reported 62        growth 3.24
 * 360000 (Jiangxi) 600 / 1000 = 60 %         rate reported 64        growth 4
 * provinces' mean growth (3.24 + 4) / 2 = 3.62 < 10: met
 * </pre>
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    ZoneHttp http;

    @BeforeAll
    void theFiguresAreIn() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/planner");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
        Response response = http.send(HttpMethod.POST, "/api/v1/values/import",
                MediaType.parseMediaType("text/csv;charset=UTF-8"), """
                        county_code,indicator_code,period,value
                        430181,URBAN_RESIDENT_POPULATION,2020,800
                        430181,RESIDENT_POPULATION,2020,1500
                        430181,URBAN_RESIDENT_POPULATION,2024,900
                        430181,RESIDENT_POPULATION,2024,1500
                        360302,URBAN_RESIDENT_POPULATION,2020,300
                        360302,RESIDENT_POPULATION,2020,500
                        360302,URBAN_RESIDENT_POPULATION,2024,400
                        360302,RESIDENT_POPULATION,2024,500
                        430281,URBAN_RESIDENT_POPULATION,2024,600
                        430281,RESIDENT_POPULATION,2024,1000
                        430000,URBANIZATION_RATE,2020,58.76
                        430000,URBANIZATION_RATE,2024,62
                        360000,URBAN_RESIDENT_POPULATION,2020,600
                        360000,RESIDENT_POPULATION,2020,1000
                        360000,URBANIZATION_RATE,2024,64
                        430181,PER_CAPITA_DISPOSABLE_INCOME,2020,40000
                        430181,PER_CAPITA_DISPOSABLE_INCOME,2024,50000
                        """);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void theComparativeGoalIsAnsweredShowingEveryNumberUsed() {
        Response answer = http.get("/api/v1/targets/urbanization-comparison");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.<String>json("$.verdict")).isEqualTo("MET");
        assertThat(answer.<Integer>json("$.baseYear")).isEqualTo(2020);
        assertThat(answer.<Integer>json("$.year")).isEqualTo(2024);
        assertThat(number(answer, "$.zone.baseRate")).isEqualByComparingTo("55");
        assertThat(number(answer, "$.zone.rate")).isEqualByComparingTo("65");
        assertThat(number(answer, "$.zone.growth")).isEqualByComparingTo("10");
        assertThat(number(answer, "$.zone.baseUrban")).isEqualByComparingTo("1100");
        assertThat(number(answer, "$.zone.resident")).isEqualByComparingTo("2000");
        assertThat(number(answer, "$.provinces.430000.growth")).isEqualByComparingTo("3.24");
        assertThat(answer.<String>json("$.provinces.430000.method")).isEqualTo("REPORTED");
        assertThat(number(answer, "$.provinces.360000.baseRate")).isEqualByComparingTo("60");
        assertThat(answer.<String>json("$.provinces.360000.baseMethod")).isEqualTo("COMPUTED");
        assertThat(number(answer, "$.provincesMeanGrowth")).isEqualByComparingTo("3.62");
        assertThat(answer.<List<String>>json("$.unitsCompared")).containsExactly("360302", "430181");
        assertThat(answer.<List<String>>json("$.unitsMissing")).hasSize(22).contains("430281");
        assertThat(answer.<String>json("$.explanation")).contains("10 percentage points", "3.62");
    }

    @Test
    void withoutFiguresForTheYearAskedItSaysWhyItCannotTell() {
        Response answer = http.get("/api/v1/targets/urbanization-comparison?base=2020&year=2023");

        assertThat(answer.<String>json("$.verdict")).isEqualTo("CANNOT_TELL");
        assertThat(answer.<String>json("$.explanation")).contains("2023", "430000");
    }

    @Test
    void thePlansGoalsAreListedInItsOwnWordsWithoutInventedNumbers() {
        Response targets = http.get("/api/v1/targets?year=2025&scope=zone");

        assertThat(targets.<List<String>>json("$[*].id")).contains("2025-comprehensive-strength",
                "2025-urbanization", "2025-replicable-experience").hasSize(8);
        assertThat(targets.<List<Object>>json("$[?(@.id != '2035-happy-life')].targetValue")).isEmpty();
        assertThat(targets.<List<String>>json("$[?(@.id=='2025-urbanization')].statement").getFirst())
                .contains("higher than the average level of Hunan and Jiangxi provinces");
        assertThat(http.get("/api/v1/targets?year=2035").<List<String>>json("$[*].id")).hasSize(7);
    }

    @Test
    void thePlansGoalsShowTheirProgressFromTheData() {
        Response targets = http.get("/api/v1/targets?year=2025&scope=zone");

        assertThat(targets.<List<String>>json("$[?(@.id=='2025-urbanization')].comparison.verdict"))
                .containsExactly("MET");
        assertThat(targets.<List<String>>json("$[?(@.id=='2025-urbanization')].progress.trend"))
                .containsExactly("IMPROVING");
        assertThat(targets.<List<String>>json("$[?(@.id=='2025-red-culture')].progress.trend"))
                .containsExactly("NO_DATA");
        assertThat(targets.<List<String>>json("$[*].progress.status")).containsOnly("NO_TARGET_NUMBER");
    }

    @Test
    void aTargetNumberWithoutItsSourceIsRefused() {
        Response read = http.get("/api/v1/targets/2035-happy-life");
        Response withoutSource = http.put("/api/v1/targets/2035-happy-life/value", """
                {"targetValue": 60000}""", "If-Match", read.etag());
        assertThat(withoutSource.status()).isEqualTo(422);
        assertThat(withoutSource.problemFields()).containsExactly("targetSource");
        assertThat(http.get("/api/v1/targets/2035-happy-life").etag()).isEqualTo(read.etag());
    }

    @Test
    void withATargetNumberProgressIsTheShareOfTheWay() {
        Response read = http.get("/api/v1/targets/2035-happy-life");

        Response quantified = http.put("/api/v1/targets/2035-happy-life/value", """
                {"targetValue": 60000, "targetSource": "Test document, table 1", "reason": "test"}""",
                "If-Match", read.etag());

        assertThat(quantified.status()).as(quantified.toString()).isEqualTo(200);
        assertThat(quantified.<String>json("$.kind")).isEqualTo("NUMERIC");
        // 40000 (2020) → 50000 (2024) of the way to 60000
        assertThat(number(quantified, "$.progress.shareOfWay")).isEqualByComparingTo("0.5");
        assertThat(number(quantified, "$.progress.change")).isEqualByComparingTo("10000");
        // 5.74 % a year observed against the 2.74 % that reaching 60000 by the end of 2035 needs
        assertThat(quantified.<String>json("$.progress.status")).isEqualTo("ON_TRACK");
        assertThat(number(quantified, "$.progress.growthRatio")).isEqualByComparingTo("2.0939");
        assertThat(http.put("/api/v1/targets/2035-happy-life/value", """
                {"targetValue": 1, "targetSource": "x"}""", "If-Match", read.etag()).status()).isEqualTo(412);
        assertThat(http.put("/api/v1/targets/2025-urbanization/value", """
                {"targetValue": 1, "targetSource": "x"}""", "If-Match", "\"1\"").status()).isEqualTo(409);
    }

    @Test
    void anAgencyAdoptsATargetForAProvincesPartWithItsSource() {
        Response adopted = http.post("/api/v1/targets", """
                {"id":"2025-forest-coverage-jiangxi-part","year":2025,"scope":"province:360000",
                 "planArea":"ECOLOGICAL_PROTECTION","indicatorCode":"FOREST_COVERAGE_RATE","kind":"NUMERIC",
                 "statement":"Forest coverage stays at or above the level set","statementSource":"Test plan",
                 "targetValue":63.1,"targetSource":"Test plan, table 3"}""");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        assertThat(adopted.<String>json("$.progress.trend")).isEqualTo("NO_DATA");

        Response invented = http.post("/api/v1/targets", """
                {"id":"2025-invented","year":2025,"scope":"zone","planArea":"ECOLOGICAL_PROTECTION",
                 "indicatorCode":"FOREST_COVERAGE_RATE","kind":"NUMERIC","statement":"x","statementSource":"y",
                 "targetValue":70}""");
        assertThat(invented.status()).isEqualTo(422);
        assertThat(invented.problemFields()).containsExactly("targetSource");
    }

    private static BigDecimal number(Response response, String path) {
        return new BigDecimal(response.<Object>json(path).toString());
    }
}
