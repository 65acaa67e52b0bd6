package zone.xianggan.indicators.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.indicators.ConsumerGroupReplay;
import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.indicators.sdmx.SdmxJsonMessages;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * Values reported as an agency's system would: alone, in JSON batches and in CSV uploads. Most tests report for many
 * units, and so as the zone office; a unit's own agency reports its own unit's values.
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT {

    private static final String SOURCE = "/xianggan/indicators-service";
    private static final String PROBLEM = "application/problem+json";
    private static final String FOREST_AREA_QUERY = "/api/v1/sdmx/data/dataflow/XIANGGAN/ZONE_INDICATORS/1.0.0/"
            + "430281+360322.FOREST_AREA?c[TIME_PERIOD]=ge:2022+le:2023";
    /** What {@link #forestAreaIsReported()} leaves, as area, period, value and revision, in SDMX-CSV's order. */
    private static final List<String> FOREST_AREA_REPORTED = List.of("360322 2023 120 r1", "430281 2022 301.5 r1",
            "430281 2023 306.25 r2");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    ZoneHttp http;
    TopicRecorder values;
    boolean forestAreaReported;

    @BeforeAll
    void theRegistryHasPublishedThePlansUnits() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/statistician");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
        values = TopicRecorder.record(kafka.getBrokersAsString(), Topics.INDICATORS_VALUES_V1);
    }

    @AfterAll
    void unsubscribe() {
        values.close();
    }

    @Test
    void onlyADifferentValueRevisesAReportedValueKeepingTheOldInTheHistory() {
        ZoneHttp liuyang = http.as("liuyang/chen.li");
        Response first = liuyang.post("/api/v1/values", value("430181", "RESIDENT_POPULATION", "2021", "1443000"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.<String>json("$.outcome")).isEqualTo("IMPORTED");
        assertThat(first.<Integer>json("$.value.revision")).isEqualTo(1);
        assertThat(first.<String>json("$.value.reportedBy")).isEqualTo("liuyang");
        assertThat(first.<String>json("$.value.person")).isEqualTo("chen.li");
        Response readBack = http.get(first.headers().getLocation().toString());
        assertThat(readBack.<List<String>>json("$[*].countyCode")).containsExactly("430181");
        assertThat(readBack.<List<Integer>>json("$[*].revision")).containsExactly(1);

        Response again = liuyang.post("/api/v1/values", value("430181", "RESIDENT_POPULATION", "2021", "1443000.00"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<String>json("$.outcome")).isEqualTo("UNCHANGED");

        Response withoutReason = liuyang.post("/api/v1/values", value("430181", "RESIDENT_POPULATION", "2021",
                "1446100"));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.problemFields()).containsExactly("reason");

        Response revised = http.as("zone-office/wu.hao").post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"RESIDENT_POPULATION","period":"2021","value":1446100,
                 "reason":"corrected after the 2021 sample survey"}""");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.<String>json("$.outcome")).isEqualTo("REVISED");
        assertThat(revised.<Integer>json("$.value.revision")).isEqualTo(2);

        Response history = http.get("/api/v1/values/history?county=430181&indicator=RESIDENT_POPULATION&period=2021");
        assertThat(history.<List<Integer>>json("$[*].revision")).containsExactly(1, 2);
        assertThat(history.<List<Object>>json("$[*].value")).extracting(Object::toString)
                .containsExactly("1443000", "1446100");
        assertThat(history.<List<String>>json("$[*].reportedBy")).containsExactly("liuyang", "zone-office");
        assertThat(history.<List<String>>json("$[*].person")).containsExactly("chen.li", "wu.hao");
        assertThat(history.<String>json("$[1].reason")).isEqualTo("corrected after the 2021 sample survey");
        assertThat(history.<Object>json("$[1].previousValue").toString()).isEqualTo("1443000");
        assertThat(http.get("/api/v1/values?county=430181&indicator=RESIDENT_POPULATION")
                .<List<Object>>json("$[*].value")).extracting(Object::toString).containsExactly("1446100");

        ConsumerRecord<String, byte[]> revisedEvent = values.awaitRecord(keyed("430181")
                .and(ofType(EventType.VALUE_REVISED.ceType())));
        ConsumerRecord<String, byte[]> reportedEvent = values.awaitRecord(keyed("430181")
                .and(ofType(EventType.VALUE_REPORTED.ceType())));
        assertThat(ZoneEventAssertions.assertValidZoneEvent(reportedEvent, SOURCE)).isEqualTo(EventType.VALUE_REPORTED);
        assertThat(ZoneEventAssertions.assertValidZoneEvent(revisedEvent, SOURCE)).isEqualTo(EventType.VALUE_REVISED);
        ReportedValue data = EventJson.read(revisedEvent.value(), ReportedValue.class);
        assertThat(data.revision()).isEqualTo(2);
        assertThat(data.value()).isEqualByComparingTo("1446100");
        assertThat(data.previousValue()).isEqualByComparingTo("1443000");
        assertThat(data.reportedBy()).isEqualTo("zone-office");
        assertThat(data.reportedByPerson()).isEqualTo("wu.hao");
        assertThat(values.records(keyed("430181"))).as("the unchanged re-send published nothing").hasSize(2);

        Response third = liuyang.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"RESIDENT_POPULATION","period":"2021","value":1447200,
                 "reason":"final census figures"}""");
        assertThat(third.<Integer>json("$.value.revision")).as(third.toString()).isEqualTo(3);
        Response longer = http.get("/api/v1/values/history?county=430181&indicator=RESIDENT_POPULATION&period=2021");
        assertThat(longer.<List<Integer>>json("$[*].revision")).containsExactly(1, 2, 3);
        assertThat(longer.<List<Object>>json("$[*].value")).extracting(Object::toString)
                .containsExactly("1443000", "1446100", "1447200");
        assertThat(longer.<List<Object>>json("$[*].previousValue")).as("revisions 2 and 3 say what they replaced")
                .extracting(String::valueOf).containsExactly("1443000", "1446100");
        assertThat(longer.<List<String>>json("$[*].reason"))
                .containsExactly("corrected after the 2021 sample survey", "final census figures");
    }

    @Test
    void aCsvWithFourKindsOfInvalidRowIsRejectedRowByRowWritingNothing() {
        long valuesBefore = storedRevisions();
        long eventsBefore = OutboxEvents.appended(meters);

        Response response = csv("/api/v1/values/import", """
                county_code,indicator_code,period,value,note
                430281,RESIDENT_POPULATION,2022,1021000,
                430199,RESIDENT_POPULATION,2022,50000,unknown county
                430223,RESIDENT_POPULATION,2022-13,700000,malformed period
                430224,URBANIZATION_RATE,2022,104.5,above 100 %
                430225,RESIDENT_POPULATION,2022,about 180 thousand,text
                """);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.<List<Integer>>json("$.errors[*].row")).containsExactly(2, 3, 4, 5);
        assertThat(response.problemFields()).containsExactly("countyCode", "period", "value", "value");
        assertThat(response.<String>json("$.errors[0].reason")).contains("430199");
        assertThat(response.<String>json("$.errors[2].reason")).contains("maximum 100");
        assertThat(response.<String>json("$.errors[3].reason")).contains("must be a number");
        assertThat(response.<Integer>json("$.summary.received")).isEqualTo(5);
        assertThat(response.<Integer>json("$.summary.rejected")).isEqualTo(4);
        assertThat(response.<Integer>json("$.summary.imported")).isZero();
        assertThat(response.<Integer>json("$.validRows.imported")).isEqualTo(1);
        assertThat(response.<Boolean>json("$.summary.committed")).isFalse();
        assertThat(storedRevisions()).isEqualTo(valuesBefore);
        assertThat(OutboxEvents.appended(meters)).isEqualTo(eventsBefore);
        assertThat(http.get("/api/v1/values?county=430281&indicator=RESIDENT_POPULATION").<List<?>>json("$"))
                .isEmpty();
    }

    @Test
    void withAcceptValidTheValidRowsAreTakenListingTheRejectedOnes() {
        Response response = csv("/api/v1/values/import?acceptValid=true", """
                county_code,indicator_code,period,value
                360302,RESIDENT_POPULATION,2022,500000
                360302,NO_SUCH_INDICATOR,2022,1
                360313,RESIDENT_POPULATION,2031,1
                """);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Integer>json("$.imported")).isEqualTo(1);
        assertThat(response.<Integer>json("$.rejected")).isEqualTo(2);
        assertThat(response.<Boolean>json("$.committed")).isTrue();
        assertThat(response.<List<Integer>>json("$.rejections[*].row")).containsExactly(2, 3);
        assertThat(response.<List<String>>json("$.rejections[*].field")).containsExactly("indicatorCode", "period");
        assertThat(response.<String>json("$.rejections[1].reason")).contains("future");
        assertThat(http.get("/api/v1/values?county=360302&indicator=RESIDENT_POPULATION&period=2022")
                .<List<?>>json("$")).hasSize(1);
    }

    @Test
    void aDryRunAnswersWhatWouldHappenWithoutWritingAnything() {
        long before = storedRevisions();

        Response response = csv("/api/v1/values/import?dryRun=true", """
                county_code,indicator_code,period,value
                360321,RESIDENT_POPULATION,2022,240000
                360322,RESIDENT_POPULATION,2022Q1,1
                """);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Boolean>json("$.dryRun")).isTrue();
        assertThat(response.<Boolean>json("$.committed")).isFalse();
        assertThat(response.<Integer>json("$.imported")).isEqualTo(1);
        assertThat(response.<Integer>json("$.rejected")).isEqualTo(1);
        assertThat(response.<String>json("$.rejections[0].reason")).contains("YEAR");
        assertThat(storedRevisions()).isEqualTo(before);
    }

    @Test
    void aJsonBatchOfTenThousandValuesIsTakenInOneGoEachPublishedOnceInOrder() {
        List<String> indicators = List.of("GDP", "RETAIL_SALES", "GENERAL_BUDGET_REVENUE", "RED_TOURISM_VISITS",
                "RED_TOURISM_REVENUE", "RESIDENT_POPULATION", "URBAN_RESIDENT_POPULATION", "LAND_AREA",
                "FOREST_AREA", "HIGH_TECH_ENTERPRISES", "LICENSED_DOCTORS", "HOSPITAL_BEDS", "RAILWAY_LENGTH",
                "EXPRESSWAY_LENGTH", "RURAL_ROAD_LENGTH", "INDUSTRIAL_VALUE_ADDED", "TERTIARY_VALUE_ADDED",
                "RD_EXPENDITURE", "ADMINISTRATIVE_VILLAGES", "VILLAGES_WITH_BUS_SERVICE", "WATER_SECTIONS_GOOD");
        List<String[]> rows = IntStream.range(0, 10_000).mapToObj(i -> new String[] { PlanUnits.ALL.get(i % 24),
                indicators.get((i / 24) % indicators.size()), Integer.toString(1990 + i / (24 * indicators.size())),
                Integer.toString(100 + i % 500) }).toList();
        String batch = rows.stream().map(row -> "{\"countyCode\":\"" + row[0] + "\",\"indicatorCode\":\"" + row[1]
                + "\",\"period\":\"" + row[2] + "\",\"value\":" + row[3] + "}").collect(Collectors.joining(",", "[", "]"));

        Response response = http.post("/api/v1/values", batch);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Integer>json("$.imported")).isEqualTo(10_000);
        assertThat(response.<Integer>json("$.rejected")).isZero();
        // Its events travel in ten outbox rows, rendered while the values went in: every value's event, each once
        // (a repeat after a timed-out send carries the same ce_id), and a unit's in the order of the batch.
        await().atMost(Duration.ofSeconds(60)).until(() -> batchEvents().size() >= 10_000);
        List<ReportedValue> published = batchEvents().stream()
                .map(event -> EventJson.read(event.value(), ReportedValue.class)).toList();
        assertThat(published).hasSize(10_000);
        for (String unit : PlanUnits.ALL) {
            assertThat(published.stream().filter(value -> value.countyCode().equals(unit))
                    .map(value -> value.indicatorCode() + "/" + value.period() + "=" + value.value().toPlainString()))
                    .as("the events of %s", unit)
                    .containsExactlyElementsOf(rows.stream().filter(row -> row[0].equals(unit))
                            .map(row -> row[1] + "/" + row[2] + "=" + row[3]).toList());
        }
    }

    /** The events of the batch of ten thousand: its years are before any other test's. */
    private List<ConsumerRecord<String, byte[]>> batchEvents() {
        return values.events(ofType(EventType.VALUE_REPORTED.ceType())
                .and(record -> EventJson.read(record.value(), ReportedValue.class).period().compareTo("2010") < 0));
    }

    @Test
    void aUnitThatArrivesByEventReportsAtOnce() {
        Response before = http.post("/api/v1/values", value("430182", "GDP", "2023", "1000"));
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.problemFields()).containsExactly("countyCode");

        PlanUnits.publish(kafka.getBrokersAsString(), List.of(PlanUnits.unit("430182", 1, CountySnapshot.ACTIVE)));

        await().atMost(Duration.ofSeconds(30)).until(
                () -> http.post("/api/v1/values", value("430182", "GDP", "2023", "1000")).status() == 201);
    }

    @Test
    void aUnitRetiredByEventNoLongerReports() {
        PlanUnits.publish(kafka.getBrokersAsString(), List.of(PlanUnits.unit("360999", 1, CountySnapshot.ACTIVE),
                PlanUnits.unit("360999", 2, CountySnapshot.RETIRED)));

        await().atMost(Duration.ofSeconds(30)).until(
                () -> http.get("/api/v1/counties/360999").body().contains("RETIRED"));
        Response retired = http.post("/api/v1/values", value("360999", "GDP", "2023", "1000"));
        assertThat(retired.status()).isEqualTo(422);
        assertThat(retired.<String>json("$.errors[0].reason")).contains("retired");
    }

    @Test
    void provinceBenchmarksAreTakenForTheZonesProvincesOnly() {
        assertThat(http.post("/api/v1/values", value("430000", "URBANIZATION_RATE", "2020", "58.76")).status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/values", value("360000", "URBANIZATION_RATE", "2020", "60.44")).status())
                .isEqualTo(201);
        Response beijing = http.post("/api/v1/values", value("110000", "URBANIZATION_RATE", "2020", "87.5"));
        assertThat(beijing.status()).isEqualTo(422);
        assertThat(beijing.problemFields()).containsExactly("countyCode");
    }

    @Test
    void aSingleValueIsRefusedNamingEachFieldAsMalformedOrInvalid() {
        Response malformed = http.post("/api/v1/values", """
                {"countyCode":"43018","indicatorCode":"gdp","period":"2024/07","value":"1,000","colour":"red"}""");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.problemFields()).containsExactlyInAnyOrder("colour", "countyCode", "indicatorCode",
                "period", "value");

        Response invalid = http.post("/api/v1/values", value("430181", "GDP", "2024Q3", "1000"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.problemFields()).containsExactly("period");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "{", "null", "42", "[1, \"x\", null]", "{\"value\": {\"a\": 1}}",
            "[{\"countyCode\": 430181, \"value\": [1]}]", "{\"value\": 1e999999}", "\"text\"" })
    void noJsonBodyIsAnInternalError(String body) {
        long before = storedRevisions();
        Response response = http.send(HttpMethod.POST, "/api/v1/values", MediaType.APPLICATION_JSON, body);
        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(storedRevisions()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "county_code,indicator_code,period\n430181,GDP,2024\n",
            "county_code,indicator_code,period,value,colour\n430181,GDP,2024,1,red\n",
            "county_code,indicator_code,period,value\n\"430181,GDP,2024,1\n",
            "county_code,indicator_code,period,value\n430181,GDP,2024,1,extra\n",
            "county_code,county_code,period,value\n", "county_code,indicator_code,period,value\n,,,\n" })
    void noCsvIsAnInternalError(String body) {
        long before = storedRevisions();
        Response response = csv("/api/v1/values/import", body);
        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(storedRevisions()).isEqualTo(before);
    }

    @Test
    void aCsvInGbkWithAByteOrderMarkIsReadAsSent() {
        String text = "county_code,indicator_code,period,value,note\n360424,GDP,2020,30000000000,修水县统计局\n";
        Response response = http.send(HttpMethod.POST, "/api/v1/values/import",
                MediaType.parseMediaType("text/csv;charset=GBK"), text);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(http.get("/api/v1/values?county=360424&indicator=GDP&period=2020").<String>json("$[0].note"))
                .isEqualTo("修水县统计局");
    }

    @Test
    void theValuesExportAsSdmxCsv() throws IOException {
        forestAreaIsReported();

        Response csv = http.get(FOREST_AREA_QUERY, "Accept", "application/vnd.sdmx.data+csv;version=2.0.0");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("application/vnd.sdmx.data+csv");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body()))) {
            assertThat(parser.getHeaderNames()).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA",
                    "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "REVISION", "LAST_UPDATE",
                    "SOURCE", "COMMENT_OBS");
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(row -> row.get("REF_AREA") + " " + row.get("TIME_PERIOD") + " "
                + row.get("OBS_VALUE") + " r" + row.get("REVISION")).containsExactlyElementsOf(FOREST_AREA_REPORTED);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("STRUCTURE")).isEqualTo("dataflow");
            assertThat(row.get("STRUCTURE_ID")).isEqualTo("XIANGGAN:ZONE_INDICATORS(1.0.0)");
            assertThat(row.get("ACTION")).isEqualTo("I");
            assertThat(row.get("UNIT_MEASURE")).isEqualTo("km2");
            assertThat(row.get("OBS_STATUS")).isEqualTo("A");
            assertThat(Instant.parse(row.get("LAST_UPDATE"))).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(rows.get(2).get("SOURCE")).isEqualTo("Liling forestry bureau");
    }

    @Test
    void theValuesExportAsSdmxJson() {
        forestAreaIsReported();

        Response json = http.get(FOREST_AREA_QUERY, "Accept", "application/vnd.sdmx.data+json;version=2.0.0");
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/vnd.sdmx.data+json");
        assertThat(SdmxJsonMessages.decode(json.body())).extracting(o -> o.area() + " " + o.timePeriod() + " "
                + o.value().stripTrailingZeros().toPlainString() + " r" + o.attributes().get("REVISION"))
                .containsExactlyInAnyOrderElementsOf(FOREST_AREA_REPORTED);
        assertThat(json.<List<String>>json("$.data.structures[0].dimensions.series[0].values[?(@.id == '430281')]"
                + ".name")).containsExactly("Unit 430281");
    }

    @Test
    void theZonesUnitsAreAnSdmxCodelist() {
        Response areas = http.get("/api/v1/sdmx/structure/codelist/XIANGGAN/CL_AREA/1.0.0");

        assertThat(areas.status()).as(areas.toString()).isEqualTo(200);
        assertThat(areas.<List<String>>json("$.data.codelists[0].codes[*].id")).contains("430000", "360000")
                .containsAll(PlanUnits.ALL);
        assertThat(areas.<List<String>>json("$.data.codelists[0].codes[?(@.id == '360322')].parent"))
                .containsExactly("360000");
    }

    @Test
    void theZonesIndicatorsAreAnSdmxCodelist() {
        Response indicators = http.get("/api/v1/sdmx/structure/codelist/XIANGGAN/CL_INDICATOR/1.0.0");

        assertThat(indicators.<List<String>>json("$.data.codelists[0].codes[?(@.id == 'FOREST_AREA')].names.zh"))
                .containsExactly("森林面积");
    }

    @Test
    void aTimeFilterInBracketsAsSdmxClientsSendItIsRead() throws IOException {
        forestAreaIsReported();

        assertThat(rawStatusLine("/api/v1/sdmx/data/dataflow/XIANGGAN/ZONE_INDICATORS/1.0.0/430281.FOREST_AREA"
                + "?c[TIME_PERIOD]=ge:2022+le:2022")).as("brackets as SDMX clients send them").contains(" 200 ");
    }

    @Test
    void aDataQueryWhosePeriodsHoldNoObservationIsNotFound() {
        forestAreaIsReported();

        Response none = http.get("/api/v1/sdmx/data/dataflow/XIANGGAN/ZONE_INDICATORS/1.0.0/430281.FOREST_AREA"
                + "?c[TIME_PERIOD]=ge:2099");
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.contentType()).startsWith(PROBLEM);
    }

    /** Liling's forest area of 2022 and 2023, the latter revised naming its source, and Shangli's of 2023: once. */
    private void forestAreaIsReported() {
        if (forestAreaReported) {
            return;
        }
        Response reported = http.post("/api/v1/values", "[" + value("430281", "FOREST_AREA", "2022", "301.5") + ","
                + value("430281", "FOREST_AREA", "2023", "305") + "," + value("360322", "FOREST_AREA", "2023", "120")
                + "]");
        assertThat(reported.<Integer>json("$.imported")).as(reported.toString()).isEqualTo(3);
        Response revised = http.post("/api/v1/values", """
                {"countyCode":"430281","indicatorCode":"FOREST_AREA","period":"2023","value":306.25,
                 "source":"Liling forestry bureau","reason":"survey completed"}""");
        assertThat(revised.<String>json("$.outcome")).as(revised.toString()).isEqualTo("REVISED");
        forestAreaReported = true;
    }

    /** The status line of a GET sent byte for byte as written, as a client that leaves brackets unencoded sends it. */
    private String rawStatusLine(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + "Bearer " + ZoneIssuer.shared().token(ZoneHttp.READER) + "\r\nAccept: text/csv\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private Response csv(String path, String body) {
        return http.send(HttpMethod.POST, path, MediaType.parseMediaType("text/csv;charset=UTF-8"), body);
    }

    /** Every revision held: the current ones and those superseded. */
    private long storedRevisions() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM current_value) + (SELECT COUNT(*) FROM "
                + "value_revision)", Long.class);
    }

    @Test
    void updatedAfterGivesEachValueReportedOrRevisedSinceOnceAtItsLatestRevisionInReportOrder() {
        http.post("/api/v1/values", value("430181", "GDP", "2011", "100"));
        String since = http.get("/api/v1/values?county=430181&indicator=GDP&period=2011").json("$[0].reportedAt");
        http.post("/api/v1/values", value("430281", "GDP", "2011", "200"));
        http.post("/api/v1/values", revision("430181", "GDP", "2011", "101"));
        http.post("/api/v1/values", revision("430181", "GDP", "2011", "102"));
        http.post("/api/v1/values", value("430181", "RESIDENT_POPULATION", "2011", "1400000"));

        List<Response> pages = http.getEveryPage("/api/v1/values?limit=1&updatedAfter=" + since);

        assertThat(pages).flatMap(page -> page.<List<String>>json("$[*].countyCode"))
                .containsExactly("430281", "430181", "430181");
        assertThat(pages).flatMap(page -> page.<List<String>>json("$[*].indicatorCode"))
                .containsExactly("GDP", "GDP", "RESIDENT_POPULATION");
        assertThat(pages).flatMap(page -> page.<List<Integer>>json("$[*].revision")).containsExactly(1, 3, 1);
        assertThat(http.get("/api/v1/values?indicator=GDP&updatedAfter=" + since).<List<String>>json(
                "$[*].countyCode")).containsExactly("430281", "430181");
        Response malformed = http.get("/api/v1/values?indicator=GDP&updatedAfter=2011");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemFields()).containsExactly("updatedAfter");
    }

    @Test
    void updatedAfterGivesTheIndicatorsChangedSinceInChangeOrderRetirementsIncluded() {
        http.post("/api/v1/indicators", definition("SINCE_MARK"));
        String since = http.get("/api/v1/indicators/SINCE_MARK").json("$.changedAt");
        http.post("/api/v1/indicators", definition("CHARGING_POINTS"));
        http.post("/api/v1/indicators/SINCE_MARK/retirement", "{\"reason\":\"a marker\"}", "If-Match", "\"1\"");

        List<Response> pages = http.getEveryPage("/api/v1/indicators?limit=1&updatedAfter=" + since);

        assertThat(pages).flatMap(page -> page.<List<String>>json("$[*].code"))
                .containsExactly("CHARGING_POINTS", "SINCE_MARK");
        assertThat(pages.getLast().<String>json("$[0].status")).isEqualTo("RETIRED");
        assertThat(http.get("/api/v1/indicators?status=ACTIVE&updatedAfter=" + since).<List<String>>json(
                "$[*].code")).containsExactly("CHARGING_POINTS");
        Response malformed = http.get("/api/v1/indicators?updatedAfter=2026-12-07");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemFields()).containsExactly("updatedAfter");
    }

    @Test
    void aSubscriberReplayingTheTopicsFromAnInstantHoldsWhatUpdatedAfterAnswers() {
        http.post("/api/v1/values", value("430281", "GDP", "2013", "610"));
        http.post("/api/v1/values", value("430281", "GDP", "2012", "590"));
        http.post("/api/v1/indicators", definition("CATCH_UP_SHARE"));
        await().atMost(Duration.ofSeconds(30)).until(this::everyEventIsPublished);
        // Kafka's record times are milliseconds: the instant lies after every record so far, and before any change.
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        await().pollInterval(Duration.ofMillis(1)).until(() -> Instant.now().isAfter(since));

        http.post("/api/v1/values", revision("430281", "GDP", "2013", "615"));
        http.post("/api/v1/values", value("430181", "GDP", "2013", "2000"));
        http.post("/api/v1/values", revision("430181", "GDP", "2013", "2010"));
        http.post("/api/v1/indicators/CATCH_UP_SHARE/retirement", "{\"reason\":\"replaced\"}", "If-Match",
                "\"1\"");
        await().atMost(Duration.ofSeconds(30)).until(this::everyEventIsPublished);

        String group = "catch-up-" + UUID.randomUUID();
        String brokers = kafka.getBrokersAsString();
        ConsumerGroupReplay.resetOffsets(brokers, group, since, Topics.INDICATORS_VALUES_V1,
                Topics.INDICATORS_CATALOGUE_V1);
        Map<String, Long> replayed = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : ConsumerGroupReplay.readOn(brokers, group,
                Topics.INDICATORS_VALUES_V1, Topics.INDICATORS_CATALOGUE_V1)) {
            if (record.topic().equals(Topics.INDICATORS_VALUES_V1)) {
                ReportedValue value = EventJson.read(record.value(), ReportedValue.class);
                replayed.merge(value.indicatorCode() + "/" + value.countyCode() + "/" + value.period(),
                        (long) value.revision(), Math::max);
            } else {
                replayed.merge(record.key(), EventJson.read(record.value(), IndicatorSnapshot.class).version(),
                        Math::max);
            }
        }
        Map<String, Long> answered = new TreeMap<>();
        for (Response page : http.getEveryPage("/api/v1/values?limit=1&updatedAfter=" + since)) {
            answered.put(page.json("$[0].indicatorCode") + "/" + page.json("$[0].countyCode") + "/"
                    + page.json("$[0].period"), page.<Integer>json("$[0].revision").longValue());
        }
        for (Response page : http.getEveryPage("/api/v1/indicators?limit=1&updatedAfter=" + since)) {
            answered.put(page.json("$[0].code"), page.<Integer>json("$[0].version").longValue());
        }

        assertThat(answered).isEqualTo(Map.of("GDP/430281/2013", 2L, "GDP/430181/2013", 2L, "CATCH_UP_SHARE", 2L));
        assertThat(replayed).isEqualTo(answered);
    }

    private boolean everyEventIsPublished() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM zone_outbox", Long.class) == 0;
    }

    /** An indicator of the catch-up tests: defined, retired, never reported. */
    private static String definition(String code) {
        return """
                {"code":"%s","nameZh":"充电桩","nameEn":"Charging points","unit":"points","periodicity":"YEAR",
                 "planArea":"INDUSTRIAL_COOPERATION","aggregation":{"method":"SUM"},"direction":"HIGHER_IS_BETTER",
                 "minimum":0}""".formatted(code);
    }

    private static String revision(String county, String indicator, String period, String value) {
        return value(county, indicator, period, value).replace("}", ",\"reason\":\"corrected\"}");
    }

    private static String value(String county, String indicator, String period, String value) {
        return """
                {"countyCode":"%s","indicatorCode":"%s","period":"%s","value":%s}"""
                .formatted(county, indicator, period, value);
    }

}
