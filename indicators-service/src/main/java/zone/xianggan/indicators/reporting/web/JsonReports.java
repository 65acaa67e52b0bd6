package zone.xianggan.indicators.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.platform.domain.MalformedInputException;
import zone.xianggan.platform.domain.Violation;

/**
 * Reads the JSON of {@code POST /api/v1/values}: one value (an object) or a batch (an array of them). Each object is
 * read field by field, so that a row with text in its value or a misspelt property is rejected on its own, named by
 * row and field, instead of failing the whole body. Numbers are read exactly as written, never through a double.
 */
final class JsonReports {

    static final Set<String> FIELDS = Set.of("countyCode", "indicatorCode", "period", "value", "note", "source",
            "reason");
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonReports() {
    }

    /** The body read: a single report (row null) or a batch (rows 1, 2, …). */
    static Body read(byte[] body) {
        JsonNode root;
        try {
            root = EXACT.readTree(body);
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            int cut = message == null ? -1 : message.indexOf('\n');
            throw new MalformedInputException(Violation.of("body", "is not valid JSON: "
                    + (cut > 0 ? message.substring(0, cut) : message)));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new MalformedInputException(Violation.of("body", "a request body is required: one value or an "
                    + "array of values"));
        }
        if (root.isObject()) {
            return new Body(false, List.of(report(null, root)));
        }
        if (!root.isArray()) {
            throw new MalformedInputException(Violation.of("body", "must be one value (a JSON object) or an array "
                    + "of them"));
        }
        List<Report> reports = new ArrayList<>(root.size());
        int row = 0;
        for (JsonNode element : root.values()) {
            row++;
            reports.add(element.isObject() ? report(row, element)
                    : new Report(row, null, null, null, null, null, null, null,
                            List.of(Violation.of("body", "must be a JSON object with countyCode, indicatorCode, "
                                    + "period and value"))));
        }
        return new Body(true, reports);
    }

    private static Report report(Integer row, JsonNode object) {
        List<Violation> malformed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (!FIELDS.contains(property.getKey())) {
                malformed.add(Violation.of(property.getKey(), "is not a known property; the properties are "
                        + "countyCode, indicatorCode, period, value, note, source and reason"));
            }
        }
        return new Report(row, text(object, "countyCode", malformed), text(object, "indicatorCode", malformed),
                text(object, "period", malformed), figure(object, malformed), text(object, "note", malformed),
                text(object, "source", malformed), text(object, "reason", malformed), malformed);
    }

    private static String text(JsonNode object, String field, List<Violation> malformed) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            malformed.add(Violation.of(field, "must be text (in quotes), e.g. \"430181\"", node.toString()));
            return null;
        }
        return node.stringValue();
    }

    /** A number as written, or a number written as text; anything else is left for the rules to name. */
    private static String figure(JsonNode object, List<Violation> malformed) {
        JsonNode node = object.get("value");
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toString();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        malformed.add(Violation.of("value", "must be a number", node.toString()));
        return "";
    }

    /** @param batch whether the body was an array (answered with an import summary) */
    record Body(boolean batch, List<Report> reports) {
    }
}
