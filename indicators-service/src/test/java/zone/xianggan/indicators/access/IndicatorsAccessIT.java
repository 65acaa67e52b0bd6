package zone.xianggan.indicators.access;

import static org.assertj.core.api.Assertions.assertThat;
import static zone.xianggan.testsupport.TopicRecorder.keyed;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.indicators.catalogue.model.CataloguePolicy;
import zone.xianggan.indicators.reporting.model.ReportingPolicy;
import zone.xianggan.indicators.targets.model.TargetsPolicy;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.ForgedTokens;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneIssuer;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * Who may write to indicators-service, over real HTTP with tokens from the real issuer: a unit's own agency reports
 * and revises its own unit's values, the zone office any unit's; the zone office alone manages the catalogue and the
 * targets. Anyone else is refused with 403 naming the rule, anyone without a valid token with 401, and a refused
 * request writes nothing: no row, no event.
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsAccessIT {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    ZoneHttp zone;
    TopicRecorder values;

    @BeforeAll
    void liuyangHasReportedItsGdp() {
        zone = ZoneHttp.at("http://127.0.0.1:" + port);
        PlanUnits.publishAll(kafka.getBrokersAsString(), zone);
        values = TopicRecorder.record(kafka.getBrokersAsString(), Topics.INDICATORS_VALUES_V1);
        Response reported = zone.as("liuyang").post("/api/v1/values", value("430181", "GDP", "2023", "1000"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    }

    @AfterAll
    void unsubscribe() {
        values.close();
    }

    /** Agencies of every kind but the zone office, none of which may report or revise Liuyang's (430181) values. */
    static Stream<String> mayNotReportForLiuyang() {
        return Stream.of("liling", "hunan-drc", "jiangxi-drc", "demo-subscriber", "zone-dashboard", "zone-operator",
                "indicators-service", "registry-service");
    }

    @ParameterizedTest
    @MethodSource("mayNotReportForLiuyang")
    void onlyLiuyangsOwnAgencyOrTheZoneOfficeReportOrReviseLiuyangsValues(String agency) {
        ZoneHttp caller = zone.as(agency);
        long before = rowsWritten();

        assertNotPermitted(caller.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"GDP","period":"2023","value":2000,"reason":"forged"}"""));
        assertNotPermitted(caller.post("/api/v1/values", "[" + value("430181", "GDP", "2022", "900") + "]"));
        assertNotPermitted(caller.post("/api/v1/values?dryRun=true", value("430181", "GDP", "2022", "900")));
        assertNotPermitted(csv(caller, "/api/v1/values/import", """
                county_code,indicator_code,period,value
                430181,GDP,2022,900
                """));
        assertNotPermitted(csv(caller, "/api/v1/values/import?dryRun=true", """
                county_code,indicator_code,period,value
                430181,GDP,2022,900
                """));

        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(zone.get("/api/v1/values?county=430181&indicator=GDP").<List<Object>>json("$[*].value"))
                .extracting(Object::toString).containsExactly("1000");
    }

    @Test
    void agenciesThatDoNotReportAtAllAreToldTheGeneralRule() {
        Response refused = zone.as("hunan-drc").post("/api/v1/values", value("430181", "GDP", "2022", "900"));

        assertNotPermitted(refused);
        assertThat(refused.<String>json("$.rule")).isEqualTo(ReportingPolicy.RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "?dryRun=true", "?acceptValid=true" })
    void aLiuyangAgencyImportingACsvWithOneLilingRowGetsTheWholeImportRefusedNamingTheRow(String options) {
        long before = rowsWritten();

        Response refused = csv(zone.as("liuyang"), "/api/v1/values/import" + options, """
                county_code,indicator_code,period,value
                430181,RESIDENT_POPULATION,2023,1440000
                430281,RESIDENT_POPULATION,2023,1020000
                430181,URBAN_RESIDENT_POPULATION,2023,900000
                """);

        assertNotPermitted(refused);
        assertThat(refused.<String>json("$.rule")).contains("liuyang", "430181", "zone office");
        assertThat(refused.<List<Integer>>json("$.errors[*].row")).containsExactly(2);
        assertThat(refused.problemFields()).containsExactly("county_code");
        assertThat(refused.<String>json("$.errors[0].rejectedValue")).isEqualTo("430281");
        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(zone.get("/api/v1/values?county=430181&indicator=RESIDENT_POPULATION").<List<?>>json("$"))
                .isEmpty();
    }

    @Test
    void aJsonBatchWithRowsOfAnotherUnitIsRefusedWholeNamingEachRow() {
        long before = rowsWritten();

        Response refused = zone.as("liuyang").post("/api/v1/values", "[" + String.join(",",
                value("430181", "RESIDENT_POPULATION", "2022", "1440000"),
                value("360302", "RESIDENT_POPULATION", "2022", "500000"),
                value("430000", "URBANIZATION_RATE", "2022", "60.3")) + "]");

        assertNotPermitted(refused);
        assertThat(refused.<List<Integer>>json("$.errors[*].row")).containsExactly(2, 3);
        assertThat(refused.problemFields()).containsOnly("countyCode");
        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aUnitsAgencyReportsItsOwnUnitsValuesSinglyInBatchesOrAsCsv() {
        ZoneHttp liuyang = zone.as("liuyang/chen.li");

        Response one = liuyang.post("/api/v1/values", value("430181", "RETAIL_SALES", "2023", "500"));
        Response batch = liuyang.post("/api/v1/values", "[" + value("430181", "RETAIL_SALES", "2022", "480") + "]");
        Response upload = csv(liuyang, "/api/v1/values/import", """
                county_code,indicator_code,period,value
                430181,RETAIL_SALES,2021,470
                """);

        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        assertThat(batch.<Integer>json("$.imported")).as(batch.toString()).isEqualTo(1);
        assertThat(upload.<Integer>json("$.imported")).as(upload.toString()).isEqualTo(1);
        assertThat(zone.get("/api/v1/values?county=430181&indicator=RETAIL_SALES").<List<String>>json(
                "$[*].reportedBy")).containsOnly("liuyang").hasSize(3);
    }

    @Test
    void aUnitsAgencyRevisesItsOwnUnitsValues() {
        ZoneHttp liuyang = zone.as("liuyang/chen.li");
        Response reported = liuyang.post("/api/v1/values", value("430181", "GENERAL_BUDGET_REVENUE", "2023", "500"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);

        Response revised = liuyang.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"GENERAL_BUDGET_REVENUE","period":"2023","value":510,
                 "reason":"final accounts"}""");

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.<String>json("$.outcome")).isEqualTo("REVISED");
        assertThat(zone.get("/api/v1/values?county=430181&indicator=GENERAL_BUDGET_REVENUE").<List<String>>json(
                "$[*].reportedBy")).containsExactly("liuyang");
    }

    @Test
    void theZoneOfficeReportsForAnyUnitOrAProvincesBenchmark() {
        Response upload = csv(zone.as("zone-office/statistician"), "/api/v1/values/import", """
                county_code,indicator_code,period,value
                430281,TERTIARY_VALUE_ADDED,2023,100
                360302,TERTIARY_VALUE_ADDED,2023,200
                430000,URBANIZATION_RATE,2023,61.2
                """);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        assertThat(upload.<Integer>json("$.imported")).isEqualTo(3);
        assertThat(zone.get("/api/v1/values?county=360302&indicator=TERTIARY_VALUE_ADDED").<List<String>>json(
                "$[*].reportedBy")).containsExactly("zone-office");
    }

    /** Agencies of every kind but the zone office. */
    static Stream<String> notTheZoneOffice() {
        return Stream.of("liuyang", "hunan-drc", "jiangxi-drc", "demo-subscriber", "zone-operator",
                "indicators-service");
    }

    @ParameterizedTest
    @MethodSource("notTheZoneOffice")
    void onlyTheZoneOfficeManagesTheCatalogue(String agency) {
        ZoneHttp caller = zone.as(agency);
        Response gdp = zone.get("/api/v1/indicators/GDP");
        long before = rowsWritten();

        Response defined = caller.post("/api/v1/indicators", newIndicator("FORGED_INDICATOR"));
        // The indicator as read, sent back: what a client that read, edited and put it back would send.
        Response revised = caller.put("/api/v1/indicators/GDP", gdp.body().replace("\"nameEn\":\"",
                "\"nameEn\":\"Forged "), "If-Match", gdp.etag());
        Response retired = caller.post("/api/v1/indicators/GDP/retirement", "{\"reason\":\"forged\"}",
                "If-Match", gdp.etag());

        for (Response refused : List.of(defined, revised, retired)) {
            assertNotPermitted(refused);
            assertThat(refused.<String>json("$.rule")).isEqualTo(CataloguePolicy.RULE);
        }
        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(zone.get("/api/v1/indicators/GDP").etag()).isEqualTo(gdp.etag());
    }

    @Test
    void theZoneOfficeManagesTheCatalogueUnderItsOwnName() {
        ZoneHttp office = zone.as("zone-office/cataloguer");

        Response defined = office.post("/api/v1/indicators", newIndicator("ACCESS_CHECKED_INDICATOR"));
        Response revised = office.put("/api/v1/indicators/ACCESS_CHECKED_INDICATOR", defined.body()
                .replace("\"nameEn\":\"Checked\"", "\"nameEn\":\"Checked twice\""), "If-Match", defined.etag());
        Response retired = office.post("/api/v1/indicators/ACCESS_CHECKED_INDICATOR/retirement",
                "{\"reason\":\"checked\"}", "If-Match", revised.etag());

        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.<String>json("$.nameEn")).isEqualTo("Checked twice");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.<String>json("$.changedBy")).isEqualTo("zone-office");
        assertThat(retired.<String>json("$.changedByPerson")).isEqualTo("cataloguer");
        Response history = zone.get("/api/v1/indicators/ACCESS_CHECKED_INDICATOR/history");
        assertThat(history.<List<String>>json("$[*].actor")).containsExactly("zone-office", "zone-office",
                "zone-office");
        assertThat(history.<List<String>>json("$[*].person")).containsOnly("cataloguer");
    }

    @ParameterizedTest
    @MethodSource("notTheZoneOffice")
    void onlyTheZoneOfficeManagesTheTargets(String agency) {
        ZoneHttp caller = zone.as(agency);
        Response target = zone.get("/api/v1/targets/2035-public-services");
        long before = rowsWritten();

        Response adopted = caller.post("/api/v1/targets", newTarget("2025-forged"));
        Response quantified = caller.put("/api/v1/targets/2035-public-services/value", """
                {"targetValue": 4, "targetSource": "forged"}""", "If-Match", target.etag());

        for (Response refused : List.of(adopted, quantified)) {
            assertNotPermitted(refused);
            assertThat(refused.<String>json("$.rule")).isEqualTo(TargetsPolicy.RULE);
        }
        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(zone.get("/api/v1/targets/2035-public-services").etag()).isEqualTo(target.etag());
    }

    @Test
    void theZoneOfficeManagesTheTargetsUnderItsOwnName() {
        ZoneHttp office = zone.as("zone-office/planner");
        Response seeded = zone.get("/api/v1/targets/2035-ecological-environment");

        Response adopted = office.post("/api/v1/targets", newTarget("2025-access-checked"));
        Response quantified = office.put("/api/v1/targets/2035-ecological-environment/value", """
                {"targetValue": 65, "targetSource": "Test plan, table 2"}""", "If-Match", seeded.etag());

        assertThat(seeded.<String>json("$.changedBy")).isEqualTo("system:seed");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        assertThat(adopted.<String>json("$.changedBy")).isEqualTo("zone-office");
        assertThat(quantified.status()).as(quantified.toString()).isEqualTo(200);
        assertThat(quantified.<String>json("$.changedBy")).isEqualTo("zone-office");
        assertThat(quantified.<String>json("$.changedByPerson")).isEqualTo("planner");
    }

    @Test
    void whoeverTheXActorHeaderNamesTheValueIsTheCallingAgencys() {
        Response reported = zone.as("liuyang", "system:seed").post("/api/v1/values",
                value("430181", "HOSPITAL_BEDS", "2023", "3000"));

        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        Response history = zone.get("/api/v1/values/history?county=430181&indicator=HOSPITAL_BEDS&period=2023");
        assertThat(history.<List<String>>json("$[*].reportedBy")).containsExactly("liuyang");
        assertThat(history.<List<String>>json("$[*].person")).containsExactly("system:seed");
        ConsumerRecord<String, byte[]> event = values.awaitRecord(keyed("430181").and(record -> EventJson.read(
                record.value(), ReportedValue.class).indicatorCode().equals("HOSPITAL_BEDS")));
        ReportedValue data = EventJson.read(event.value(), ReportedValue.class);
        assertThat(data.reportedBy()).isEqualTo("liuyang");
        assertThat(data.reportedByPerson()).isEqualTo("system:seed");
    }

    @Test
    void everyAgencyReads() {
        assertThat(zone.as("liuyang").get("/api/v1/indicators").status()).isEqualTo(200);
        assertThat(zone.as("demo-subscriber").get("/api/v1/values?county=430181").status()).isEqualTo(200);
        assertThat(zone.as("zone-operator").get("/api/v1/targets").status()).isEqualTo(200);
    }

    @Test
    void withoutAValidTokenNothingIsRead() {
        for (ZoneHttp outsider : outsiders()) {
            Response read = outsider.get("/api/v1/values?county=430181");
            assertThat(read.status()).as(read.toString()).isEqualTo(401);
            assertThat(read.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void writesWithoutAValidTokenAreBearerChallengesThatWriteNothing() {
        long before = rowsWritten();

        for (ZoneHttp outsider : outsiders()) {
            List<Response> refused = List.of(
                    outsider.post("/api/v1/values", value("430181", "GDP", "2021", "800")),
                    csv(outsider, "/api/v1/values/import", "county_code,indicator_code,period,value\n"
                            + "430181,GDP,2021,800\n"),
                    outsider.post("/api/v1/indicators", newIndicator("UNSIGNED_INDICATOR")),
                    outsider.post("/api/v1/targets", newTarget("2025-unsigned")));
            for (Response response : refused) {
                assertThat(response.status()).as(response.toString()).isEqualTo(401);
                assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
            }
        }

        assertThat(rowsWritten()).isEqualTo(before);
    }

    private List<ZoneHttp> outsiders() {
        return List.of(zone.anonymous(),
                zone.withToken(ForgedTokens.signedByUnknownKey(ZoneIssuer.shared().issuer())),
                zone.withToken(ForgedTokens.fromAnotherIssuer("https://issuer.example.org")),
                zone.withToken("not-a-token"));
    }

    private static void assertNotPermitted(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.<String>json("$.rule")).isNotBlank();
    }

    /** Every row the service writes, and every event it appends to its outbox. */
    private long rowsWritten() {
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM current_value) + (SELECT COUNT(*) FROM value_revision)
                     + (SELECT COUNT(*) FROM indicator) + (SELECT COUNT(*) FROM indicator_change)
                     + (SELECT COUNT(*) FROM target) + (SELECT COUNT(*) FROM target_change)""", Long.class)
                + OutboxEvents.appended(meters);
    }

    private static Response csv(ZoneHttp caller, String path, String body) {
        return caller.send(HttpMethod.POST, path, CSV, body);
    }

    private static String value(String county, String indicator, String period, String value) {
        return """
                {"countyCode":"%s","indicatorCode":"%s","period":"%s","value":%s}"""
                .formatted(county, indicator, period, value);
    }

    private static String newIndicator(String code) {
        return """
                {"code":"%s","nameZh":"核对","nameEn":"Checked","unit":"items","periodicity":"YEAR",
                 "planArea":"COMPREHENSIVE_STRENGTH","aggregation":{"method":"SUM"},"direction":"HIGHER_IS_BETTER",
                 "minimum":0}""".formatted(code);
    }

    private static String newTarget(String id) {
        return """
                {"id":"%s","year":2025,"scope":"province:430000","planArea":"ECOLOGICAL_PROTECTION",
                 "indicatorCode":"FOREST_COVERAGE_RATE","kind":"NUMERIC","statement":"Forest coverage held",
                 "statementSource":"Test plan","targetValue":60,"targetSource":"Test plan, table 3"}""".formatted(id);
    }
}
