package zone.xianggan.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * Aggregates along the zone's hierarchy and reporting completeness, against a hand computation of these figures
 * (2023; Jiangxi's 360313 reports its population but not its urban population; the provinces' benchmarks and one
 * synthetic figure are there to be left out where they must be):
 *
 * <pre>
 * unit    province cluster(s)      resident  urban  income  rate reported
 * 430181  430000   north, west         1500    900   50000  60
 * 430281  430000   west                1000    600   40000  60
 * 430223  430000   centre               800    300          37.5
 * 360302  360000   west                 500    400          80
 * 360313  360000   west                 700
 * 360321  360000   centre               100 (SYNTHETIC SAMPLE)
 * </pre>
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesIT {

    private static final String OFFICIAL = "Test statistics bureau";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    ZoneHttp http;

    @BeforeAll
    void theUnitsHaveReported() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/analyst");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
        Response official = http.send(HttpMethod.POST, "/api/v1/values/import?source=" + OFFICIAL,
                CSV, """
                        county_code,indicator_code,period,value
                        430181,RESIDENT_POPULATION,2023,1500
                        430181,URBAN_RESIDENT_POPULATION,2023,900
                        430181,PER_CAPITA_DISPOSABLE_INCOME,2023,50000
                        430181,URBANIZATION_RATE,2023,60
                        430281,RESIDENT_POPULATION,2023,1000
                        430281,URBAN_RESIDENT_POPULATION,2023,600
                        430281,PER_CAPITA_DISPOSABLE_INCOME,2023,40000
                        430281,URBANIZATION_RATE,2023,60
                        430223,RESIDENT_POPULATION,2023,800
                        430223,URBAN_RESIDENT_POPULATION,2023,300
                        430223,URBANIZATION_RATE,2023,37.5
                        360302,RESIDENT_POPULATION,2023,500
                        360302,URBAN_RESIDENT_POPULATION,2023,400
                        360302,URBANIZATION_RATE,2023,80
                        360313,RESIDENT_POPULATION,2023,700
                        430181,RESIDENT_POPULATION,2022,1490
                        430000,RESIDENT_POPULATION,2023,66000000
                        430000,URBAN_RESIDENT_POPULATION,2023,40000000
                        360000,RESIDENT_POPULATION,2023,45000000
                        """);
        assertThat(official.status()).as(official.toString()).isEqualTo(200);
        Response synthetic = http.send(HttpMethod.POST, "/api/v1/values/import", CSV,
                """
                        county_code,indicator_code,period,value,source
                        360321,RESIDENT_POPULATION,2023,100,SYNTHETIC SAMPLE – not official data
                        """);
        assertThat(synthetic.status()).as(synthetic.toString()).isEqualTo(200);
    }

    @Test
    void aSumCoversTheUnitsThatReported() {
        Response zone = aggregate("RESIDENT_POPULATION", "2023", "zone", null);

        assertThat(zone.<String>json("$.rule")).isEqualTo("Σ RESIDENT_POPULATION");
        assertThat(number(zone, "$.value")).isEqualTo("4600");
        assertThat(zone.<List<String>>json("$.covered"))
                .containsExactly("360302", "360313", "360321", "430181", "430223", "430281");
        assertThat(zone.<Boolean>json("$.synthetic")).isTrue();
        assertThat(zone.<Map<String, Integer>>json("$.sources"))
                .containsEntry(OFFICIAL, 5).containsEntry("SYNTHETIC SAMPLE – not official data", 1);

        Response officialOnly = aggregate("RESIDENT_POPULATION", "2023", "zone", OFFICIAL);
        assertThat(number(officialOnly, "$.value")).isEqualTo("4500");
        assertThat(officialOnly.<Boolean>json("$.synthetic")).isFalse();
    }

    @Test
    void aSumNamesTheUnitsThatHaveNotReported() {
        Response zone = aggregate("RESIDENT_POPULATION", "2023", "zone", null);

        assertThat(zone.<Integer>json("$.unitsInScope")).isEqualTo(24);
        assertThat(zone.<Integer>json("$.missingCount")).isEqualTo(18);
        assertThat(zone.<List<String>>json("$.missing")).contains("430224");
    }

    @Test
    void aSumLeavesOutTheProvincesBenchmarks() {
        Response zone = aggregate("RESIDENT_POPULATION", "2023", "zone", null);

        assertThat(number(zone, "$.value")).isEqualTo("4600");
        assertThat(zone.<List<String>>json("$.covered")).doesNotContain("430000", "360000");
        assertThat(zone.<List<String>>json("$.missing")).doesNotContain("430000", "360000");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // (900 + 600 + 300 + 400) / (1500 + 1000 + 800 + 500) × 100; 360313 has no urban figure
            "zone                                          | 57.8947 | 2200 | 3800 | 4",
            "province:430000                               | 54.5455 | 1800 | 3300 | 3",
            "province:360000                               | 80      | 400  | 500  | 1",
            "cluster:liuyang-liling-shangli-xiangdong-anyuan-luxi | 63.3333 | 1900 | 3000 | 3",
            "units:430181,360302                           | 65      | 1300 | 2000 | 2" })
    void aRateIsTheRatioOfItsComponentsSumsNeverASumOrMeanOfRates(String scope, String rate, String urban,
            String resident, int covered) {
        Response response = aggregate("URBANIZATION_RATE", "2023", scope, null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<String>json("$.method")).isEqualTo("RATIO");
        assertThat(response.<String>json("$.rule"))
                .isEqualTo("Σ URBAN_RESIDENT_POPULATION ÷ Σ RESIDENT_POPULATION × 100");
        assertThat(number(response, "$.value")).isEqualTo(rate);
        assertThat(number(response, "$.components.URBAN_RESIDENT_POPULATION")).isEqualTo(urban);
        assertThat(number(response, "$.components.RESIDENT_POPULATION")).isEqualTo(resident);
        assertThat(response.<Integer>json("$.coveredCount")).isEqualTo(covered);
    }

    @Test
    void aClustersMissingUnitsAreNamed() {
        Response west = aggregate("URBANIZATION_RATE", "2023", "cluster:" + PlanUnits.WEST, null);

        assertThat(west.<List<String>>json("$.missing")).containsExactly("360313", "360322", "360323");
        assertThat(west.<Integer>json("$.unitsInScope")).isEqualTo(6);
    }

    @Test
    void aWeightedMeanWeighsEachUnitsFigureByItsWeight() {
        Response response = aggregate("PER_CAPITA_DISPOSABLE_INCOME", "2023", "zone", null);

        // (50000 × 1500 + 40000 × 1000) / (1500 + 1000)
        assertThat(number(response, "$.value")).isEqualTo("46000");
        assertThat(response.<String>json("$.rule"))
                .isEqualTo("Σ (PER_CAPITA_DISPOSABLE_INCOME × RESIDENT_POPULATION) ÷ Σ RESIDENT_POPULATION");
        assertThat(response.<List<String>>json("$.covered")).containsExactly("430181", "430281");
    }

    @Test
    void aSeriesGivesTheAggregateOfEveryPeriodWithFigures() {
        Response series = http.get("/api/v1/aggregates/series?indicator=RESIDENT_POPULATION&scope=units:430181");

        assertThat(series.<List<String>>json("$[*].period")).containsExactly("2022", "2023");
        assertThat(series.<List<Object>>json("$[*].value")).extracting(Object::toString).containsExactly("1490",
                "1500");
    }

    @Test
    void completenessNamesTheUnitsThatHaveNotReported() {
        Response response = completenessOfTheUrbanPopulationIn2023();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Integer>json("$.expected")).isEqualTo(24);
        assertThat(response.<Integer>json("$.reported")).isEqualTo(4);
        assertThat(number(response, "$.rate")).isEqualTo("16.67");
        assertThat(response.<List<String>>json("$.missing")).hasSize(20).contains("360313")
                .doesNotContain("430181");
    }

    @Test
    void completenessIsAlsoGivenForEachProvincesPart() {
        Response response = completenessOfTheUrbanPopulationIn2023();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Integer>json("$.byProvince.430000.expected")).isEqualTo(10);
        assertThat(number(response, "$.byProvince.430000.rate")).isEqualTo("30");
        assertThat(response.<Integer>json("$.byProvince.360000.reported")).isEqualTo(1);
        assertThat(number(response, "$.byProvince.360000.rate")).isEqualTo("7.14");
    }

    @Test
    void theCompletenessSummaryCountsTheReportsOfEachIndicator() {
        Response summary = http.get("/api/v1/completeness/summary?period=2023&scope=province:430000");
        assertThat(summary.<List<Integer>>json("$[?(@.indicator=='RESIDENT_POPULATION')].reported"))
                .containsExactly(3);
        assertThat(summary.<List<String>>json("$[*].indicator")).hasSizeGreaterThan(30);
    }

    private Response completenessOfTheUrbanPopulationIn2023() {
        return http.get("/api/v1/completeness?indicator=URBAN_RESIDENT_POPULATION&period=2023");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "indicator=URBANIZATION_RATE&period=2023&scope=county:430181 | 400 | scope",
            "indicator=URBANIZATION_RATE&period=2023&scope=province:43   | 400 | scope",
            "indicator=URBANIZATION_RATE&period=2023&scope=units:430000  | 422 | scope",
            "indicator=URBANIZATION_RATE&period=2023&scope=units:430199  | 422 | scope",
            "indicator=URBANIZATION_RATE&period=2023&scope=cluster:nowhere | 422 | scope",
            "indicator=URBANIZATION_RATE&period=2023Q1                   | 422 | period",
            "indicator=URBANIZATION_RATE&period=23                       | 400 | period",
            "indicator=urbanization&period=2023                          | 400 | indicator" })
    void aQueryThatNamesNoScopeOrPeriodIsRefusedNamingTheParameter(String query, int status, String field) {
        Response response = http.get("/api/v1/aggregates?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.problemFields()).containsExactly(field);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "/api/v1/values",
            "/api/v1/values?county=430181&period=2024Q9", "/api/v1/values?indicator=GDP&county=4301819",
            "/api/v1/values/history?county=430181&indicator=GDP", "/api/v1/aggregates/series?indicator=GDP&scope=x",
            "/api/v1/completeness?indicator=GDP&period=2023-13", "/api/v1/completeness/summary?period=",
            "/api/v1/targets?baseline=last-year", "/api/v1/targets?planArea=SPACE", "/api/v1/targets?year=soon",
            "/api/v1/targets/urbanization-comparison?base=twenty", "/api/v1/indicators?status=GONE",
            "/api/v1/indicators/GDP%00", "/api/v1/values/history?county=430181&indicator=GDP&period=2023" })
    void noQueryIsAnInternalError(String path) {
        Response response = http.get(path);

        assertThat(response.status()).as(response.toString()).isIn(400, 404, 422);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aComparisonForYearsWithoutFiguresCannotTell() {
        assertThat(http.get("/api/v1/targets/urbanization-comparison?base=2030&year=2020").<String>json("$.verdict"))
                .isEqualTo("CANNOT_TELL");
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        assertThat(http.get("/api/v1/aggregates?indicator=NO_SUCH&period=2023").status()).isEqualTo(404);
    }

    private Response aggregate(String indicator, String period, String scope, String source) {
        Response response = http.get("/api/v1/aggregates?indicator=" + indicator + "&period=" + period + "&scope="
                + scope + (source == null ? "" : "&source=" + source));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** A figure as written, without trailing zeros: 30.00 and 30 read alike. */
    private static String number(Response response, String path) {
        return new java.math.BigDecimal(response.<Object>json(path).toString()).stripTrailingZeros().toPlainString();
    }
}
