package zone.xianggan.indicators.sdmx.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import zone.xianggan.indicators.sdmx.model.Code;
import zone.xianggan.indicators.sdmx.model.Codelist;
import zone.xianggan.indicators.sdmx.model.Concept;
import zone.xianggan.indicators.sdmx.model.Observation;
import zone.xianggan.indicators.sdmx.model.ObservationStatus;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;

/**
 * Observations as an SDMX-JSON 2.0 data message, in series: REF_AREA and INDICATOR key a series, TIME_PERIOD its
 * observations. Each component lists the values this message holds; a series key ({@code "0:3"}), an observation
 * key and every attribute value in the data set is an index into those lists. An observation is its value, then
 * the index of each observation attribute's value, in the order the attributes are listed (null: none).
 */
final class SdmxJsonData {

    static final String SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/"
            + "data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";
    /** China's periods begin and end on China's days. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** RFC 3339, as SDMX-JSON asks: with the seconds, even when zero. */
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private SdmxJsonData() {
    }

    static Map<String, Object> message(List<Observation> observations, Codelist areas, Codelist indicators,
            String messageId, Instant prepared) {
        Values areaValues = new Values(observations.stream().map(Observation::area).toList());
        Values indicatorValues = new Values(observations.stream().map(Observation::indicator).toList());
        Values periodValues = new Values(observations.stream().sorted(Comparator.comparing(Observation::period))
                .map(Observation::timePeriod).toList());
        Map<Concept, Values> attributeValues = new LinkedHashMap<>();
        for (Concept attribute : attributes()) {
            attributeValues.put(attribute, new Values(observations.stream().map(o -> o.attribute(attribute))
                    .filter(Objects::nonNull).toList()));
        }

        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("dataSet", List.of());
        dimensions.put("series", List.of(
                dimension(ZoneIndicators.REF_AREA, 0, areaValues.codes(areas)),
                dimension(ZoneIndicators.INDICATOR, 1, indicatorValues.codes(indicators))));
        dimensions.put("observation", List.of(dimension(ZoneIndicators.TIME_PERIOD, 2, periods(observations,
                periodValues))));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("dataSet", List.of());
        attributes.put("series", ZoneIndicators.SERIES_ATTRIBUTES.stream().map(attribute -> attribute(attribute,
                Map.of("dimensions", List.of(ZoneIndicators.INDICATOR.id())), attributeValues.get(attribute)))
                .toList());
        attributes.put("observation", ZoneIndicators.OBSERVATION_ATTRIBUTES.stream().map(attribute -> attribute(
                attribute, Map.of("observation", Map.of()), attributeValues.get(attribute))).toList());

        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("links", List.of(
                SdmxJson.link("dataflow", ZoneIndicators.urn("datastructure.Dataflow", ZoneIndicators.DATAFLOW)),
                SdmxJson.link("datastructure", ZoneIndicators.urn("datastructure.DataStructure",
                        ZoneIndicators.DATA_STRUCTURE))));
        structure.put("dataSets", List.of(0));
        structure.put("dimensions", dimensions);
        structure.put("measures", Map.of("observation", List.of(SdmxJson.named(ZoneIndicators.OBS_VALUE))));
        structure.put("attributes", attributes);

        Map<String, Object> dataSet = new LinkedHashMap<>();
        dataSet.put("structure", 0);
        dataSet.put("action", "Information");
        dataSet.put("links", List.of(SdmxJson.link("dataflow", ZoneIndicators.urn("datastructure.Dataflow",
                ZoneIndicators.DATAFLOW))));
        dataSet.put("series", series(observations, areaValues, indicatorValues, periodValues, attributeValues));

        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", SdmxJson.meta(SCHEMA, messageId, prepared));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("structures", List.of(structure));
        data.put("dataSets", List.of(dataSet));
        message.put("data", data);
        return message;
    }

    private static Map<String, Object> series(List<Observation> observations, Values areas, Values indicators,
            Values periods, Map<Concept, Values> attributeValues) {
        Map<String, Object> series = new LinkedHashMap<>();
        for (Observation observation : observations) {
            String key = areas.index(observation.area()) + ":" + indicators.index(observation.indicator());
            @SuppressWarnings("unchecked")
            Map<String, Object> one = (Map<String, Object>) series.computeIfAbsent(key, k -> {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("attributes", ZoneIndicators.SERIES_ATTRIBUTES.stream()
                        .map(attribute -> attributeValues.get(attribute).index(observation.attribute(attribute)))
                        .toList());
                created.put("observations", new LinkedHashMap<String, Object>());
                return created;
            });
            List<Object> values = new ArrayList<>();
            values.add(observation.value());
            for (Concept attribute : ZoneIndicators.OBSERVATION_ATTRIBUTES) {
                values.add(attributeValues.get(attribute).index(observation.attribute(attribute)));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> byPeriod = (Map<String, Object>) one.get("observations");
            byPeriod.put(Integer.toString(periods.index(observation.timePeriod())), values);
        }
        return series;
    }

    private static List<Concept> attributes() {
        List<Concept> attributes = new ArrayList<>(ZoneIndicators.SERIES_ATTRIBUTES);
        attributes.addAll(ZoneIndicators.OBSERVATION_ATTRIBUTES);
        return attributes;
    }

    private static Map<String, Object> dimension(Concept concept, int keyPosition, List<Map<String, Object>> values) {
        Map<String, Object> dimension = SdmxJson.named(concept);
        dimension.put("keyPosition", keyPosition);
        dimension.put("values", values);
        return dimension;
    }

    /** An attribute; without {@code values} if no observation of this message has one (SDMX-JSON lists none empty). */
    private static Map<String, Object> attribute(Concept concept, Map<String, Object> relationship, Values values) {
        Map<String, Object> attribute = SdmxJson.named(concept);
        attribute.put("relationship", relationship);
        if (!values.isEmpty()) {
            attribute.put("values", concept.equals(ZoneIndicators.OBS_STATUS) ? values.statuses()
                    : values.texts());
        }
        return attribute;
    }

    private static List<Map<String, Object>> periods(List<Observation> observations, Values periods) {
        Map<String, Observation> byPeriod = observations.stream()
                .collect(Collectors.toMap(Observation::timePeriod, Function.identity(), (a, b) -> a));
        return periods.list().stream().map(id -> {
            Observation any = byPeriod.get(id);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("id", id);
            value.put("name", id);
            value.put("start", DAY_AND_TIME.format(any.period().firstDay().atStartOfDay().atOffset(CHINA)));
            value.put("end", DAY_AND_TIME.format(any.period().lastDay().atTime(23, 59, 59).atOffset(CHINA)));
            return value;
        }).toList();
    }

    /** The distinct values of one component in this message, in the order first met; an index is a position. */
    private static final class Values {

        private final Map<String, Integer> indices = new LinkedHashMap<>();

        Values(List<String> all) {
            all.forEach(value -> indices.putIfAbsent(value, indices.size()));
        }

        Integer index(String value) {
            return value == null ? null : indices.get(value);
        }

        boolean isEmpty() {
            return indices.isEmpty();
        }

        List<String> list() {
            return List.copyOf(indices.keySet());
        }

        /** The values as codes of the codelist, named as it names them; a code it lacks is named by its id. */
        List<Map<String, Object>> codes(Codelist codelist) {
            Map<String, Code> byId = codelist.codes().stream()
                    .collect(Collectors.toMap(Code::id, Function.identity()));
            return list().stream().map(id -> {
                Code code = byId.get(id);
                return code == null ? SdmxJson.named(id, id, null)
                        : SdmxJson.named(id, code.nameEn(), code.nameZh());
            }).toList();
        }

        List<Map<String, Object>> statuses() {
            return list().stream().map(id -> {
                ObservationStatus status = ObservationStatus.byCode(id);
                return SdmxJson.named(id, status.nameEn(), status.nameZh());
            }).toList();
        }

        List<Map<String, Object>> texts() {
            return list().stream().<Map<String, Object>>map(text -> Map.of("value", text)).toList();
        }
    }
}
