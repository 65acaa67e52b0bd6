package zone.xianggan.indicators.sdmx.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.indicators.sdmx.SdmxJsonMessages;
import zone.xianggan.indicators.sdmx.SdmxJsonMessages.Decoded;
import zone.xianggan.indicators.sdmx.SdmxObservations;
import zone.xianggan.indicators.sdmx.model.Observation;

class SdmxJsonDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MESSAGE = JSON.writeValueAsString(SdmxJsonData.message(SdmxObservations.ALL,
            SdmxObservations.AREAS, SdmxObservations.INDICATORS, "XIANGGAN-1", Instant.parse("2026-12-07T08:00:00Z")));

    @Test
    void everyObservationReadsBackFromItsIndices() {
        List<Decoded> decoded = SdmxJsonMessages.decode(MESSAGE);

        assertThat(decoded).hasSameSizeAs(SdmxObservations.ALL);
        for (Observation observation : SdmxObservations.ALL) {
            assertThat(decoded).filteredOn(d -> d.area().equals(observation.area())
                    && d.indicator().equals(observation.indicator())
                    && d.timePeriod().equals(observation.timePeriod())).singleElement().satisfies(d -> {
                        assertThat(d.value()).isEqualByComparingTo(observation.value());
                        assertThat(d.attributes()).containsEntry("UNIT_MEASURE", observation.unit())
                                .containsEntry("OBS_STATUS", "A")
                                .containsEntry("REVISION", Integer.toString(observation.revision()))
                                .containsEntry("LAST_UPDATE", observation.lastUpdate().toString());
                    });
        }
    }

    @Test
    void anAbsentAttributeHasNoIndex() {
        Decoded shangli = SdmxJsonMessages.decode(MESSAGE).stream().filter(d -> d.area().equals("360322"))
                .findFirst().orElseThrow();

        assertThat(shangli.attributes()).doesNotContainKeys("SOURCE", "COMMENT_OBS");
    }

    @Test
    void theMetaDescribesTheMessage() {
        JsonNode meta = JSON.readTree(MESSAGE).path("meta");

        assertThat(meta.path("schema").asString()).endsWith("2.0.0/sdmx-json-data-schema.json");
        assertThat(meta.path("id").asString()).isEqualTo("XIANGGAN-1");
        assertThat(meta.path("prepared").asString()).isEqualTo("2026-12-07T08:00:00Z");
        assertThat(meta.path("sender").path("id").asString()).isEqualTo("XIANGGAN");
    }

    @Test
    void anAreaIsNamedInEnglishAndChinese() {
        JsonNode areas = JSON.readTree(MESSAGE).at("/data/structures/0/dimensions/series/0/values");

        assertThat(areas.findValuesAsString("id")).containsExactly("360322", "430181");
        assertThat(areas.path(1).path("name").asString()).isEqualTo("Liuyang City");
        assertThat(areas.path(1).path("names").path("zh").asString()).isEqualTo("浏阳市");
    }

    @Test
    void aCodeTheCodelistLacksIsNamedByItsId() {
        JsonNode indicators = JSON.readTree(MESSAGE).at("/data/structures/0/dimensions/series/1/values");

        assertThat(indicators.findValues("name")).extracting(JsonNode::asString)
                .contains("Gross domestic product", "RED_TOURISM_VISITS");
    }

    @Test
    void periodsAreListedInTimeOrderWithTheirDaysInChina() {
        JsonNode periods = JSON.readTree(MESSAGE).at("/data/structures/0/dimensions/observation/0/values");

        assertThat(periods.findValuesAsString("id")).containsExactly("2023", "2024-Q1", "2024");
        assertThat(periods.path(1).path("start").asString()).isEqualTo("2024-01-01T00:00:00+08:00");
        assertThat(periods.path(1).path("end").asString()).isEqualTo("2024-03-31T23:59:59+08:00");
    }

    @Test
    void theValueIsANumber() {
        JsonNode liuyangGdp = JSON.readTree(MESSAGE).at("/data/dataSets/0/series/1:1/observations");

        assertThat(liuyangGdp.properties()).extracting(Map.Entry::getValue)
                .extracting(values -> values.path(0).doubleValue()).containsExactly(1.8e11, 1.900000000005e11);
    }
}
