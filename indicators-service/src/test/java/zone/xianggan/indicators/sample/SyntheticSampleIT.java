package zone.xianggan.indicators.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The shipped sample loads as the loader sends it (as the zone office: it holds every unit's values), with a correct
 * summary, and is never mistaken for real data.
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticSampleIT {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    ZoneHttp http;
    String sample;
    int rows;

    @BeforeAll
    void theRegistryHasPublished() throws IOException {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/sample-loader");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
        sample = Files.readString(SyntheticSample.FILE, StandardCharsets.UTF_8);
        rows = (int) sample.lines().count() - 1;
    }

    @Test
    void theSampleImportsEveryRowExactlyOnceMarkedSynthetic() {
        Response first = http.send(HttpMethod.POST, "/api/v1/values/import", CSV, sample);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.<Integer>json("$.received")).isEqualTo(rows);
        assertThat(first.<Integer>json("$.imported")).isEqualTo(rows);
        assertThat(first.<Integer>json("$.rejected")).isZero();

        Response again = http.send(HttpMethod.POST, "/api/v1/values/import", CSV, sample);
        assertThat(again.<Integer>json("$.unchanged")).isEqualTo(rows);
        assertThat(again.<Integer>json("$.imported")).isZero();

        Response zone = http.get("/api/v1/aggregates?indicator=URBANIZATION_RATE&period=2024");
        assertThat(zone.<Boolean>json("$.synthetic")).isTrue();
        assertThat(zone.<Integer>json("$.coveredCount")).isEqualTo(24);
        assertThat(http.get("/api/v1/values?county=430181&indicator=GDP").<List<Boolean>>json("$[*].synthetic"))
                .containsOnly(true).hasSize(7);
        assertThat(http.get("/api/v1/aggregates?indicator=GDP&period=2024&source=Official").<Integer>json(
                "$.coveredCount")).isZero();
        assertThat(http.get("/api/v1/targets/urbanization-comparison").<String>json("$.verdict"))
                .isIn("MET", "NOT_MET");
    }

    @Test
    void aSyntheticValueNeverReplacesAReportedOne() {
        assertThat(http.post("/api/v1/values", """
                {"countyCode":"430626","indicatorCode":"HOSPITAL_BEDS","period":"2016","value":3000,
                 "source":"Pingjiang health commission"}""").status()).isEqualTo(201);

        Response synthetic = http.post("/api/v1/values", """
                {"countyCode":"430626","indicatorCode":"HOSPITAL_BEDS","period":"2016","value":3100,
                 "source":"SYNTHETIC SAMPLE – not official data","reason":"demo"}""");

        assertThat(synthetic.status()).isEqualTo(422);
        assertThat(synthetic.problemFields()).containsExactly("source");
    }
}
