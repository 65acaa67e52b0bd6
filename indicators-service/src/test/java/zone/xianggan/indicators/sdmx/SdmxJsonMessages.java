package zone.xianggan.indicators.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an SDMX-JSON 2.0 data message back into observations as a consumer would, checking on the way the members
 * SDMX-JSON 2.0 requires of a data message (meta's schema, id and prepared; a structure's dimensions; a data set's
 * structure, links and series) and that every index in the data set points at a value its component lists: series
 * keys at the series dimensions' values, observation keys at TIME_PERIOD's, attribute indices at the attribute's.
 */
public final class SdmxJsonMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One observation as the message says it. */
    public record Decoded(String area, String indicator, String timePeriod, BigDecimal value,
            Map<String, String> attributes) {
    }

    private SdmxJsonMessages() {
    }

    public static List<Decoded> decode(String message) {
        JsonNode root = JSON.readTree(message);
        JsonNode meta = root.path("meta");
        for (String required : List.of("schema", "id", "prepared")) {
            assertThat(meta.path(required).asString()).as("meta." + required).isNotBlank();
        }
        assertThat(meta.path("sender").path("id").asString()).as("meta.sender.id").isNotBlank();
        JsonNode structure = root.path("data").path("structures").path(0);
        JsonNode seriesDimensions = structure.path("dimensions").path("series");
        JsonNode observationDimensions = structure.path("dimensions").path("observation");
        assertThat(ids(seriesDimensions)).as("series dimensions").containsExactly("REF_AREA", "INDICATOR");
        assertThat(ids(observationDimensions)).as("observation dimensions").containsExactly("TIME_PERIOD");
        for (JsonNode dimension : List.of(seriesDimensions.path(0), seriesDimensions.path(1),
                observationDimensions.path(0))) {
            assertThat(dimension.path("keyPosition").isInt()).as(dimension.path("id") + ".keyPosition").isTrue();
            assertThat(dimension.path("values").size()).as(dimension.path("id") + ".values").isPositive();
        }
        JsonNode seriesAttributes = structure.path("attributes").path("series");
        JsonNode observationAttributes = structure.path("attributes").path("observation");
        for (JsonNode attribute : List.of(seriesAttributes, observationAttributes)) {
            attribute.forEach(a -> assertThat(a.path("relationship").isObject()).as(a.path("id") + ".relationship")
                    .isTrue());
        }
        assertThat(structure.path("measures").path("observation").path(0).path("id").asString())
                .isEqualTo("OBS_VALUE");

        JsonNode dataSet = root.path("data").path("dataSets").path(0);
        assertThat(dataSet.path("structure").asInt(-1)).as("dataSets[0].structure").isZero();
        assertThat(dataSet.path("links").isArray()).as("dataSets[0].links").isTrue();
        assertThat(dataSet.path("series").isObject()).as("dataSets[0].series").isTrue();
        List<Decoded> decoded = new ArrayList<>();
        for (Map.Entry<String, JsonNode> series : dataSet.path("series").properties()) {
            String[] key = series.getKey().split(":");
            assertThat(key).as("series key " + series.getKey()).hasSize(2);
            String area = valueAt(seriesDimensions.path(0), key[0]);
            String indicator = valueAt(seriesDimensions.path(1), key[1]);
            Map<String, String> seriesValues = attributeValues(seriesAttributes, series.getValue().path("attributes"),
                    0);
            for (Map.Entry<String, JsonNode> observation : series.getValue().path("observations").properties()) {
                JsonNode values = observation.getValue();
                assertThat(values.path(0).isNumber()).as("the value of observation " + observation.getKey()).isTrue();
                assertThat(values.size()).isLessThanOrEqualTo(1 + observationAttributes.size());
                Map<String, String> attributes = new LinkedHashMap<>(seriesValues);
                attributes.putAll(attributeValues(observationAttributes, values, 1));
                decoded.add(new Decoded(area, indicator, valueAt(observationDimensions.path(0), observation.getKey()),
                        values.path(0).decimalValue(), attributes));
            }
        }
        return decoded;
    }

    private static List<String> ids(JsonNode components) {
        List<String> ids = new ArrayList<>();
        components.forEach(component -> ids.add(component.path("id").asString()));
        return ids;
    }

    private static String valueAt(JsonNode dimension, String index) {
        JsonNode value = dimension.path("values").path(Integer.parseInt(index));
        assertThat(value.isMissingNode()).as(dimension.path("id").asString() + " has a value at " + index).isFalse();
        return value.path("id").asString();
    }

    /** The attributes' values the indices from {@code offset} on point at, by attribute id; an absent one left out. */
    private static Map<String, String> attributeValues(JsonNode attributes, JsonNode indices, int offset) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            JsonNode index = indices.path(offset + i);
            if (index.isMissingNode() || index.isNull()) {
                continue;
            }
            JsonNode attribute = attributes.path(i);
            JsonNode value = attribute.path("values").path(index.asInt());
            assertThat(value.isMissingNode()).as(attribute.path("id").asString() + " has a value at " + index)
                    .isFalse();
            values.put(attribute.path("id").asString(), value.has("id") ? value.path("id").asString()
                    : value.path("value").asString());
        }
        return values;
    }
}
