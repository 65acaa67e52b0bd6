package zone.xianggan.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static zone.xianggan.testsupport.HostileRequests.assertProblem;
import static zone.xianggan.testsupport.HostileRequests.assertReady;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.testsupport.HostileRequests;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.RawHttp;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneIssuer;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * What an attacker sends the indicators service: numbers too large to write out, bodies and batches larger than any
 * report, text that reads otherwise than stored. Each refused with a problem detail naming the field (and row),
 * nothing written, the service still ready, and the next good request taken.
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final String HUGE = "1E+10000000";
    private static final String CSV_HEADER = "county_code,indicator_code,period,value,note\n";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    ZoneHttp http;

    @BeforeAll
    void theRegistryHasPublishedThePlansUnits() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/tester");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
    }

    @Test
    void genericAttacksAreRefusedNamingTheFieldWithoutWritingAnything() {
        long events = OutboxEvents.appended(meters);
        HostileRequests.refuseGenericAttacks(port, "POST", "/api/v1/indicators", token(),
                HostileRequests.DEFAULT_BODY_LIMIT, "reason");
        assertThat(OutboxEvents.appended(meters)).isEqualTo(events);
        assertReady(http);
        assertThat(http.post("/api/v1/indicators", indicator("GOOD_AFTER_ATTACKS", "0", "100",
                "{\"method\":\"SUM\"}")).status()).isEqualTo(201);
    }

    @Test
    void aNumberTooLargeToWriteOutIsRefusedAtOnceNamingItsFieldWherever() {
        long events = OutboxEvents.appended(meters);
        int indicators = count("indicator");
        for (String[] attack : new String[][] {
                { indicator("HUGE_MAXIMUM", "0", HUGE, "{\"method\":\"SUM\"}"), "maximum" },
                { indicator("HUGE_MINIMUM", "-" + HUGE, "1", "{\"method\":\"SUM\"}"), "minimum" },
                { indicator("TINY_MINIMUM", "1E-10000000", "1", "{\"method\":\"SUM\"}"), "minimum" },
                { indicator("LARGE_MAXIMUM", "0", "1E+50", "{\"method\":\"SUM\"}"), "maximum" },
                { indicator("HUGE_SCALE", "0", "100", ratio(HUGE)), "aggregation.scale" },
                { indicator("HUGE_SCALE_AS_TEXT", "0", "100", ratio("\"1E+999\"")), "aggregation.scale" } }) {
            Response refused = http.post("/api/v1/indicators", attack[0]);
            assertProblem(refused, 422, attack[1]);
        }

        Response target = http.get("/api/v1/targets/2035-happy-life");
        Response refused = http.put("/api/v1/targets/2035-happy-life/value", """
                {"targetValue": %s, "targetSource": "attack"}""".formatted(HUGE), "If-Match", target.etag());
        assertProblem(refused, 422, "targetValue");
        assertThat(http.get("/api/v1/targets/2035-happy-life").etag()).isEqualTo(target.etag());

        assertProblem(http.post("/api/v1/values", value("430181", "RESIDENT_POPULATION", "2021", HUGE)), 422,
                "value");
        Response batch = http.post("/api/v1/values", "[" + value("430181", "RESIDENT_POPULATION", "2021", HUGE)
                + "]");
        assertProblem(batch, 422, "value");
        assertThat(batch.<Integer>json("$.errors[0].row")).isEqualTo(1);

        assertThat(count("indicator")).isEqualTo(indicators);
        assertThat(OutboxEvents.appended(meters)).isEqualTo(events);
        assertReady(http);
        assertThat(http.post("/api/v1/indicators", indicator("GOOD_AFTER_HUGE", "0", "1E+3", "{\"method\":\"SUM\"}"))
                .<Object>json("$.maximum").toString()).isEqualTo("1000");
    }

    @Test
    void aCsvUploadIsReadAsItArrivesUpToTheRowLimit() {
        int values = count("current_value");
        String row = "430181,RESIDENT_POPULATION,2020,1445000,\n";
        byte[] tooMany = (CSV_HEADER + row.repeat(25_001)).getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply refused = RawHttp.at(port).send("POST", "/api/v1/values/import?dryRun=true", token(),
                "text/csv", tooMany);
        assertProblem(refused, 422, "body");
        assertThat(refused.<Integer>json("$.errors[0].row")).isEqualTo(25_001);

        RawHttp.Reply announced = RawHttp.at(port).announce("POST", "/api/v1/values/import?dryRun=true", token(),
                "text/csv", 186L * 1024 * 1024);
        assertProblem(announced, 413, "body");
        assertThat(announced.<Integer>json("$.limit")).isEqualTo(16 * 1024 * 1024);

        assertThat(count("current_value")).isEqualTo(values);
        assertReady(http);
        assertThat(csv(CSV_HEADER + "430181,RESIDENT_POPULATION,2020,1445000,\n", "dryRun=true").status())
                .isEqualTo(200);
    }

    @Test
    void aMillionElementJsonArrayIsRefusedAtTheRowLimitWithoutBeingHeld() {
        long events = OutboxEvents.appended(meters);
        // 3 MB of "{}," sent as it is made, chunked: under the upload limit, over the row limit.
        RawHttp.Reply refused = RawHttp.at(port).chunked("POST", "/api/v1/values", token(), "application/json",
                HostileRequests.repeated("[{}", ",{}", 3L * 1_000_000));
        assertProblem(refused, 422, "body");
        assertThat(refused.<Integer>json("$.errors[0].row")).isEqualTo(25_001);
        assertThat(OutboxEvents.appended(meters)).isEqualTo(events);
        assertReady(http);
    }

    @Test
    void csvCellsASpreadsheetWouldRunAreRefused() {
        int values = count("current_value");
        Response injected = uploadOfCellsASpreadsheetWouldRun();
        assertThat(injected.status()).as("%s", injected).isEqualTo(422);
        assertThat(injected.<List<String>>json("$.errors[?(@.row == 1)].field")).contains("note");
        assertThat(injected.<List<String>>json("$.errors[?(@.row == 2)].field")).contains("note");
        assertThat(injected.<List<String>>json("$.errors[?(@.row == 3)].field")).contains("note");

        RawHttp.Reply badBytes = RawHttp.at(port).send("POST", "/api/v1/values/import", token(), "text/csv",
                concat((CSV_HEADER + "430181,GDP,2020,1,ok\n430181,GDP,2021,1,").getBytes(StandardCharsets.UTF_8),
                        new byte[] { (byte) 0xC3, (byte) 0x28, '\n' }));
        assertProblem(badBytes, 400, "body");
        assertThat(badBytes.<Integer>json("$.errors[0].row")).isEqualTo(2);

        Response wide = csv(CSV_HEADER + "430181,GDP,2020,1,a,b,c\n", "dryRun=true");
        assertThat(wide.<List<Integer>>json("$.rejections[*].row")).containsExactly(1);

        assertProblem(csv("a,".repeat(5000) + "b\n1\n", "dryRun=true"), 400, "body");
        assertThat(count("current_value")).isEqualTo(values);
        assertReady(http);
    }

    @Test
    void aNegativeFigureIsNotTakenForASpreadsheetFormula() {
        Response injected = uploadOfCellsASpreadsheetWouldRun();

        assertThat(injected.status()).as("%s", injected).isEqualTo(422);
        assertThat(injected.<List<String>>json("$.errors[?(@.row == 2 && @.field == 'value')].reason"))
                .noneMatch(reason -> reason.contains("formula"));
    }

    /** Notes a spreadsheet would run as formulas, beside a negative value (-5) one must not take for one. */
    private Response uploadOfCellsASpreadsheetWouldRun() {
        return csv(CSV_HEADER
                + "430181,RESIDENT_POPULATION,2020,1445000,=HYPERLINK(\"http://evil\")\n"
                + "430281,RESIDENT_POPULATION,2020,-5,@SUM(A1)\n"
                + "430281,RESIDENT_POPULATION,2019,1,\"+1\"\n", "");
    }

    @Test
    void invisibleCharactersInANoteOrSourceAreRefusedNamingThem() {
        int values = count("current_value");
        assertProblem(http.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"RESIDENT_POPULATION","period":"2019","value":1,
                 "note":"ok\\u202Egnirts"}"""), 422, "note");
        assertProblem(http.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"RESIDENT_POPULATION","period":"2019","value":1,
                 "source":"Bureau\\u200B"}"""), 422, "source");
        assertProblem(http.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"RESIDENT_POPULATION","period":"2019","value":1,
                 "value":2}"""), 400, "value");
        assertThat(count("current_value")).isEqualTo(values);
        assertReady(http);
    }

    @Test
    void valuesAreListedInPagesThatTogetherHoldEveryValueOnce() {
        StringBuilder batch = new StringBuilder("[");
        for (String unit : PlanUnits.ALL) {
            for (int year = 2010; year <= 2019; year++) {
                batch.append(batch.length() > 1 ? "," : "").append(value(unit, "RESIDENT_POPULATION",
                        Integer.toString(year), "1000"));
            }
        }
        assertThat(http.post("/api/v1/values?source=paging%20test", batch.append("]").toString()).status())
                .isEqualTo(200);
        Response first = http.get("/api/v1/values?indicator=RESIDENT_POPULATION");
        assertThat(first.<List<?>>json("$")).hasSize(100);
        assertThat(HostileRequests.nextLink(first)).contains("indicator=RESIDENT_POPULATION", "cursor=");
        List<String> all = HostileRequests.readAllPages(http, "/api/v1/values?indicator=RESIDENT_POPULATION", 37,
                "period");
        assertThat(all).hasSize(http.get("/api/v1/values?indicator=RESIDENT_POPULATION&limit=1000")
                .<List<?>>json("$").size()).hasSizeGreaterThanOrEqualTo(240);
        assertProblem(http.get("/api/v1/values?indicator=RESIDENT_POPULATION&limit=5000"), 400, "limit");
        assertProblem(http.get("/api/v1/indicators?cursor=%%%"), 400, "cursor");
    }

    private Response csv(String body, String query) {
        return http.send(HttpMethod.POST, "/api/v1/values/import" + (query.isEmpty() ? "" : "?" + query),
                MediaType.valueOf("text/csv"), body);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static String token() {
        return ZoneIssuer.shared().token("zone-office");
    }

    private static String indicator(String code, String minimum, String maximum, String aggregation) {
        return """
                {"code":"%s","nameZh":"测试","nameEn":"Test","unit":"units","periodicity":"YEAR",
                 "planArea":"INDUSTRIAL_COOPERATION","aggregation":%s,"direction":"HIGHER_IS_BETTER",
                 "minimum":%s,"maximum":%s}""".formatted(code, aggregation, minimum, maximum);
    }

    private static String ratio(String scale) {
        return "{\"method\":\"RATIO\",\"numerator\":\"URBAN_RESIDENT_POPULATION\","
                + "\"denominator\":\"RESIDENT_POPULATION\",\"scale\":" + scale + "}";
    }

    private static String value(String county, String indicator, String period, String figure) {
        return """
                {"countyCode":"%s","indicatorCode":"%s","period":"%s","value":%s}"""
                .formatted(county, indicator, period, figure);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
