package zone.xianggan.indicators.sdmx.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import zone.xianggan.indicators.sdmx.model.Concept;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;

/**
 * What SDMX-JSON 2.0's data and structure messages share: their {@code meta}, and names given as a best match
 * ({@code name}: English) with every language ({@code names}: English and Chinese).
 */
final class SdmxJson {

    static final List<String> LANGUAGES = List.of("en", "zh");

    private SdmxJson() {
    }

    /** @param schema the SDMX-JSON schema the message follows */
    static Map<String, Object> meta(String schema, String messageId, Instant prepared) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("schema", schema);
        meta.put("id", messageId);
        meta.put("test", false);
        meta.put("prepared", prepared.toString());
        meta.put("contentLanguages", LANGUAGES);
        meta.put("sender", Map.of("id", ZoneIndicators.AGENCY));
        return meta;
    }

    /** An object with an id and its names. */
    static Map<String, Object> named(String id, String nameEn, String nameZh) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("id", id);
        named.put("name", nameEn);
        named.put("names", nameZh == null ? Map.of("en", nameEn) : Map.of("en", nameEn, "zh", nameZh));
        return named;
    }

    static Map<String, Object> named(Concept concept) {
        return named(concept.id(), concept.nameEn(), concept.nameZh());
    }

    /** A link to an SDMX artefact by its URN, e.g. {@code rel} {@code dataflow}. */
    static Map<String, Object> link(String rel, String urn) {
        return Map.of("rel", rel, "urn", urn);
    }
}
