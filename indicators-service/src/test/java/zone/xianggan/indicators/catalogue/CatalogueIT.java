package zone.xianggan.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneServiceTest;

/** The catalogue as agencies manage it and as subscribers of indicators.catalogue.v1 see it. */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueIT {

    private static final String SOURCE = "/xianggan/indicators-service";
    private static final int SEEDED = 41;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ApplicationRunner> runners;

    ZoneHttp http;
    TopicRecorder catalogue;

    @BeforeAll
    void subscribe() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/catalogue");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
        catalogue = TopicRecorder.record(kafka.getBrokersAsString(), Topics.INDICATORS_CATALOGUE_V1);
    }

    @AfterAll
    void unsubscribe() {
        catalogue.close();
    }

    @Test
    void theStartingCatalogueIsPublishedOnceAsValidCloudEventsKeyedByCode() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> catalogue.events(ofType(EventType.INDICATOR_DEFINED.ceType())).size() >= SEEDED);
        for (ApplicationRunner runner : runners) {
            runner.run(null);
        }

        List<ConsumerRecord<String, byte[]>> defined = catalogue.events(ofType(EventType.INDICATOR_DEFINED.ceType()));
        assertThat(defined).extracting(ConsumerRecord::key).doesNotHaveDuplicates().contains("URBANIZATION_RATE",
                "GDP", "RESIDENT_POPULATION", "FOREST_COVERAGE_RATE");
        defined.forEach(record -> ZoneEventAssertions.assertValidZoneEvent(record, SOURCE));
        IndicatorSnapshot rate = defined.stream().filter(keyed("URBANIZATION_RATE"))
                .map(r -> EventJson.read(r.value(), IndicatorSnapshot.class)).findFirst().orElseThrow();
        assertThat(rate.aggregation().method()).isEqualTo("RATIO");
        assertThat(rate.aggregation().numerator()).isEqualTo("URBAN_RESIDENT_POPULATION");
        assertThat(rate.aggregation().scale()).isEqualByComparingTo("100");
        assertThat(defined).as("published once, also after the start-up step ran again").hasSize(SEEDED);
        assertThat(http.get("/api/v1/indicators/GDP/history").<List<String>>json("$[*].changeType"))
                .containsExactly("SEEDED");
    }

    @Test
    void theCatalogueCoversEveryAreaOfThePlan() {
        Response all = http.get("/api/v1/indicators?status=ACTIVE");

        assertThat(all.<List<String>>json("$[*].planArea")).contains("RED_CULTURE", "INDUSTRIAL_COOPERATION",
                "URBAN_RURAL_INTEGRATION", "ECOLOGICAL_PROTECTION", "INFRASTRUCTURE_CONNECTIVITY", "PUBLIC_SERVICES",
                "COMPREHENSIVE_STRENGTH");
        assertThat(http.get("/api/v1/indicators?planArea=RED_CULTURE").<List<String>>json("$[*].code"))
                .contains("REVOLUTIONARY_HERITAGE_SITES", "RED_TOURISM_VISITS");
    }

    @Test
    void anIndicatorsLifeFromDefinitionToRetirementIsPublishedChangeByChange() {
        Response defined = http.post("/api/v1/indicators", """
                {"code":"NEW_ENERGY_VEHICLES","nameZh":"新能源汽车保有量","nameEn":"New energy vehicles",
                 "unit":"vehicles","periodicity":"QUARTER","planArea":"INDUSTRIAL_COOPERATION",
                 "aggregation":{"method":"SUM"},"direction":"HIGHER_IS_BETTER","minimum":0}""");
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(defined.etag()).isEqualTo("\"1\"");

        Response stale = http.put("/api/v1/indicators/NEW_ENERGY_VEHICLES", revision("vehicles", 0, 500000),
                "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.put("/api/v1/indicators/NEW_ENERGY_VEHICLES", revision("vehicles", 0, 500000)).status())
                .isEqualTo(428);

        Response revised = http.put("/api/v1/indicators/NEW_ENERGY_VEHICLES", revision("vehicles", 0, 500000),
                "If-Match", defined.etag());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.etag()).isEqualTo("\"2\"");
        assertThat(http.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"NEW_ENERGY_VEHICLES","period":"2024Q2","value":12000}""")
                .status()).isEqualTo(201);

        Response unitChange = http.put("/api/v1/indicators/NEW_ENERGY_VEHICLES", revision("thousand vehicles", 0,
                500), "If-Match", revised.etag());
        assertThat(unitChange.status()).isEqualTo(409);

        Response retired = http.post("/api/v1/indicators/NEW_ENERGY_VEHICLES/retirement",
                "{\"reason\":\"replaced by a share\"}", "If-Match", revised.etag());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.<String>json("$.status")).isEqualTo("RETIRED");
        assertThat(http.post("/api/v1/values", """
                {"countyCode":"430181","indicatorCode":"NEW_ENERGY_VEHICLES","period":"2024Q3","value":12500}""")
                .<String>json("$.errors[0].reason")).contains("retired");
        assertThat(http.get("/api/v1/values?indicator=NEW_ENERGY_VEHICLES").<List<?>>json("$")).hasSize(1);

        Response history = http.get("/api/v1/indicators/NEW_ENERGY_VEHICLES/history");
        assertThat(history.<List<String>>json("$[*].changeType")).containsExactly("DEFINED", "REVISED", "RETIRED");
        assertThat(history.<String>json("$[2].reason")).isEqualTo("replaced by a share");
        assertThat(history.<List<String>>json("$[*].actor")).containsOnly("zone-office");
        assertThat(history.<List<String>>json("$[*].person")).containsOnly("catalogue");

        await().atMost(Duration.ofSeconds(30)).until(() -> catalogue.events(keyed("NEW_ENERGY_VEHICLES")).size() == 3);
        assertThat(catalogue.events(keyed("NEW_ENERGY_VEHICLES"))).extracting(
                record -> ZoneEventAssertions.assertValidZoneEvent(record, SOURCE)).containsExactly(
                        EventType.INDICATOR_DEFINED, EventType.INDICATOR_UPDATED, EventType.INDICATOR_RETIRED);
    }

    @Test
    void aDefinitionThatBreaksTheRulesIsRefusedNamingEachField() {
        Response sumOfRates = http.post("/api/v1/indicators", """
                {"code":"GREEN_SHARE","nameZh":"绿色占比","nameEn":"Green share","unit":"%","periodicity":"YEAR",
                 "planArea":"ECOLOGICAL_PROTECTION","aggregation":{"method":"SUM"},"direction":"HIGHER_IS_BETTER"}""");
        assertThat(sumOfRates.status()).isEqualTo(422);
        assertThat(sumOfRates.problemFields()).containsExactly("aggregation.method");

        Response badRatio = http.post("/api/v1/indicators", """
                {"code":"GREEN_SHARE","nameZh":"绿色占比","nameEn":"Green share","unit":"%","periodicity":"YEAR",
                 "planArea":"ECOLOGICAL_PROTECTION","direction":"HIGHER_IS_BETTER","minimum":100,"maximum":0,
                 "aggregation":{"method":"RATIO","numerator":"NO_SUCH","denominator":"URBANIZATION_RATE",
                 "scale":100}}""");
        assertThat(badRatio.status()).isEqualTo(422);
        assertThat(badRatio.problemFields()).containsExactlyInAnyOrder("maximum");

        Response unknownComponents = http.post("/api/v1/indicators", """
                {"code":"GREEN_SHARE","nameZh":"绿色占比","nameEn":"Green share","unit":"%","periodicity":"YEAR",
                 "planArea":"ECOLOGICAL_PROTECTION","direction":"HIGHER_IS_BETTER",
                 "aggregation":{"method":"RATIO","numerator":"NO_SUCH","denominator":"URBANIZATION_RATE",
                 "scale":100}}""");
        assertThat(unknownComponents.problemFields()).containsExactly("aggregation.numerator",
                "aggregation.denominator");

        assertThat(http.post("/api/v1/indicators", """
                {"code":"gdp","nameZh":"x","nameEn":"x","unit":"CNY","periodicity":"YEAR"}""").problemFields())
                .containsExactly("code");
        assertThat(http.post("/api/v1/indicators", """
                {"code":"GDP","nameZh":"x","nameEn":"x","unit":"CNY","periodicity":"YEAR","planArea":
                 "COMPREHENSIVE_STRENGTH","aggregation":{"method":"SUM"},"direction":"HIGHER_IS_BETTER"}""").status())
                .isEqualTo(409);
        assertThat(http.post("/api/v1/indicators", """
                {"code":"X1","periodicity":"DAY"}""").status()).isEqualTo(400);
    }

    @Test
    void anIndicatorThatARateIsComputedFromCannotBeRetiredBeforeIt() {
        Response read = http.get("/api/v1/indicators/RESIDENT_POPULATION");
        Response refused = http.post("/api/v1/indicators/RESIDENT_POPULATION/retirement",
                "{\"reason\":\"test\"}", "If-Match", read.etag());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>json("$.usedBy")).isNotBlank();
    }

    @Test
    void operatorsSeeTheServicesReadiness() {
        assertThat(http.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void integratorsReadTheApiDocument() {
        Response docs = http.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/indicators/{code}/retirement", "/api/v1/values/import",
                "/api/v1/values/history", "/api/v1/aggregates", "/api/v1/completeness", "/api/v1/targets",
                "/api/v1/targets/urbanization-comparison", "/api/v1/counties");
        assertThat(docs.<String>json("$.info.title")).isEqualTo("Xiang-Gan Zone indicators-service");
        assertThat(docs.<String>json("$.info.description")).contains("indicators.values.v1");
        assertThat(docs.<List<String>>json("$.servers[*].url")).containsExactly("http://localhost:8082");
    }

    private static String revision(String unit, int minimum, int maximum) {
        return """
                {"nameZh":"新能源汽车保有量","nameEn":"New energy vehicles registered","unit":"%s",
                 "periodicity":"QUARTER","planArea":"INDUSTRIAL_COOPERATION","aggregation":{"method":"SUM"},
                 "direction":"HIGHER_IS_BETTER","minimum":%d,"maximum":%d,"reason":"bounds"}"""
                .formatted(unit, minimum, maximum);
    }
}
