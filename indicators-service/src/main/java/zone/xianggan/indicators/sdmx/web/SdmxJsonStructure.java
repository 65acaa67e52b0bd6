package zone.xianggan.indicators.sdmx.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import zone.xianggan.indicators.sdmx.model.Code;
import zone.xianggan.indicators.sdmx.model.Codelist;
import zone.xianggan.indicators.sdmx.model.Concept;
import zone.xianggan.indicators.sdmx.model.ObservationStatus;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;

/**
 * The zone's structural metadata as SDMX-JSON 2.0 structure messages: its codelists, the concept scheme, the data
 * structure definition and the dataflow. Each artefact is maintained by the agency XIANGGAN at version 1.0.0.
 */
final class SdmxJsonStructure {

    static final String SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/"
            + "structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json";

    private SdmxJsonStructure() {
    }

    /** A structure message holding the artefacts, e.g. {@code codelists} to a list of codelists. */
    static Map<String, Object> message(Map<String, List<Map<String, Object>>> artefacts, String messageId,
            Instant prepared) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", SdmxJson.meta(SCHEMA, messageId, prepared));
        message.put("data", artefacts);
        return message;
    }

    static Map<String, Object> codelist(Codelist codelist) {
        Map<String, Object> json = maintainable(codelist.id(), codelist.nameEn(), codelist.nameZh(),
                codelist.urn());
        json.put("codes", codelist.codes().stream().map(SdmxJsonStructure::code).toList());
        return json;
    }

    static Map<String, Object> conceptScheme() {
        Map<String, Object> json = maintainable(ZoneIndicators.CONCEPT_SCHEME, "Concepts of the Xiang-Gan Zone's "
                + "indicators", "湘赣边区域合作示范区指标概念", ZoneIndicators.urn("conceptscheme.ConceptScheme",
                        ZoneIndicators.CONCEPT_SCHEME));
        json.put("concepts", ZoneIndicators.concepts().stream().map(SdmxJson::named).toList());
        return json;
    }

    static Map<String, Object> dataStructure() {
        Map<String, Object> json = maintainable(ZoneIndicators.DATA_STRUCTURE, "Indicators of the Xiang-Gan Zone "
                + "by area and period", "湘赣边区域合作示范区分地区分时期指标", ZoneIndicators.urn(
                        "datastructure.DataStructure", ZoneIndicators.DATA_STRUCTURE));
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (int position = 0; position < ZoneIndicators.KEY.size(); position++) {
            Concept dimension = ZoneIndicators.KEY.get(position);
            Map<String, Object> component = component(dimension);
            component.put("position", position);
            String codelist = dimension.equals(ZoneIndicators.REF_AREA) ? ZoneIndicators.AREAS
                    : ZoneIndicators.INDICATORS;
            component.put("localRepresentation", Map.of("enumeration", ZoneIndicators.urn("codelist.Codelist",
                    codelist)));
            dimensions.add(component);
        }
        Map<String, Object> time = component(ZoneIndicators.TIME_PERIOD);
        time.put("localRepresentation", format("ObservationalTimePeriod"));

        List<Map<String, Object>> attributes = new ArrayList<>();
        for (Concept concept : ZoneIndicators.SERIES_ATTRIBUTES) {
            attributes.add(attribute(concept, true, Map.of("dimensions", List.of(ZoneIndicators.INDICATOR.id())),
                    format("String")));
        }
        attributes.add(attribute(ZoneIndicators.OBS_STATUS, true, Map.of("observation", Map.of()),
                Map.of("enumeration", ObservationStatus.CODELIST_URN)));
        attributes.add(attribute(ZoneIndicators.REVISION, true, Map.of("observation", Map.of()),
                format("Integer")));
        attributes.add(attribute(ZoneIndicators.LAST_UPDATE, true, Map.of("observation", Map.of()),
                format("DateTime")));
        attributes.add(attribute(ZoneIndicators.SOURCE, false, Map.of("observation", Map.of()), format("String")));
        attributes.add(attribute(ZoneIndicators.COMMENT_OBS, false, Map.of("observation", Map.of()),
                format("String")));
        Map<String, Object> measure = component(ZoneIndicators.OBS_VALUE);
        measure.put("usage", "mandatory");
        measure.put("localRepresentation", format("Decimal"));

        json.put("dataStructureComponents", Map.of(
                "dimensionList", Map.of("id", "DimensionDescriptor", "dimensions", dimensions, "timeDimension",
                        time),
                "attributeList", Map.of("id", "AttributeDescriptor", "attributes", attributes),
                "measureList", Map.of("id", "MeasureDescriptor", "measures", List.of(measure))));
        return json;
    }

    static Map<String, Object> dataflow() {
        Map<String, Object> json = maintainable(ZoneIndicators.DATAFLOW, "Indicators of the Xiang-Gan Zone",
                "湘赣边区域合作示范区指标", ZoneIndicators.urn("datastructure.Dataflow", ZoneIndicators.DATAFLOW));
        json.put("structure", ZoneIndicators.urn("datastructure.DataStructure", ZoneIndicators.DATA_STRUCTURE));
        return json;
    }

    private static Map<String, Object> maintainable(String id, String nameEn, String nameZh, String urn) {
        Map<String, Object> json = SdmxJson.named(id, nameEn, nameZh);
        json.put("agencyID", ZoneIndicators.AGENCY);
        json.put("version", ZoneIndicators.VERSION);
        json.put("isExternalReference", false);
        json.put("links", List.of(SdmxJson.link("self", urn)));
        return json;
    }

    private static Map<String, Object> code(Code code) {
        Map<String, Object> json = SdmxJson.named(code.id(), code.nameEn(), code.nameZh());
        if (code.parent() != null) {
            json.put("parent", code.parent());
        }
        return json;
    }

    private static Map<String, Object> component(Concept concept) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", concept.id());
        json.put("conceptIdentity", ZoneIndicators.conceptUrn(concept));
        return json;
    }

    private static Map<String, Object> attribute(Concept concept, boolean mandatory, Map<String, Object> relationship,
            Map<String, Object> representation) {
        Map<String, Object> json = component(concept);
        json.put("usage", mandatory ? "mandatory" : "optional");
        json.put("attributeRelationship", relationship);
        json.put("localRepresentation", representation);
        return json;
    }

    private static Map<String, Object> format(String dataType) {
        return Map.of("format", Map.of("dataType", dataType));
    }
}
