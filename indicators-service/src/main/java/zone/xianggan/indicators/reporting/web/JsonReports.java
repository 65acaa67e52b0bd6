package zone.xianggan.indicators.reporting.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.platform.domain.MalformedInputException;
import zone.xianggan.platform.domain.Violation;

/**
 * Reads the JSON of {@code POST /api/v1/values}: one value (an object) or a batch (an array of them). Each object is
 * read field by field, so that a row with text in its value or a misspelt property is rejected on its own, named by
 * row and field, instead of failing the whole body. Numbers are read exactly as written, never through a double.
 * The body is read as a stream of tokens as it arrives, not as a tree nor first into one array: a batch of 10,000
 * values then costs its reports alone.
 */
final class JsonReports {

    /** The property that names a value's unit. */
    static final String UNIT_FIELD = "countyCode";
    /** The properties of a value, in the order of {@link Report}'s and of the violations named. */
    private static final List<String> PROPERTIES = List.of(UNIT_FIELD, "indicatorCode", "period", "value", "note",
            "source", "reason");
    private static final int VALUE = PROPERTIES.indexOf("value");
    private static final String KNOWN = "countyCode, indicatorCode, period, value, note, source and reason";
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonReports() {
    }

    /** The body read, as it arrives: a single report (row null) or a batch (rows 1, 2, …). */
    static Body read(InputStream body) {
        try (JsonParser parser = EXACT.createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == null || root == JsonToken.VALUE_NULL) {
                throw new MalformedInputException(Violation.of("body", "a request body is required: one value or "
                        + "an array of values"));
            }
            Body read = switch (root) {
                case START_OBJECT -> new Body(false, List.of(report(null, parser, new RepeatedTexts())));
                case START_ARRAY -> new Body(true, reports(parser));
                default -> throw new MalformedInputException(Violation.of("body", "must be one value (a JSON "
                        + "object) or an array of them"));
            };
            if (parser.nextToken() != null) {
                throw new MalformedInputException(Violation.of("body", "is not valid JSON: more follows the end "
                        + "of the " + (read.batch() ? "array" : "object")));
            }
            return read;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            int cut = message == null ? -1 : message.indexOf('\n');
            throw new MalformedInputException(Violation.of("body", "is not valid JSON: "
                    + (cut > 0 ? message.substring(0, cut) : message)));
        }
    }

    private static List<Report> reports(JsonParser parser) {
        List<Report> reports = new ArrayList<>();
        RepeatedTexts texts = new RepeatedTexts();
        int row = 0;
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            row++;
            if (element == JsonToken.START_OBJECT) {
                reports.add(report(row, parser, texts));
            } else {
                parser.skipChildren();
                reports.add(new Report(row, null, null, null, null, null, null, null, List.of(Violation.of("body",
                        "must be a JSON object with countyCode, indicatorCode, period and value"))));
            }
        }
        return reports;
    }

    /** One object, from its opening brace on; a property named twice counts as its last. */
    private static Report report(Integer row, JsonParser parser, RepeatedTexts repeated) {
        List<Violation> violations = new ArrayList<>();
        String[] texts = new String[PROPERTIES.size()];
        Violation[] malformed = new Violation[PROPERTIES.size()];
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            int field = PROPERTIES.indexOf(name);
            if (field < 0) {
                parser.skipChildren();
                violations.add(Violation.of(name, "is not a known property; the properties are " + KNOWN));
                continue;
            }
            texts[field] = null;
            malformed[field] = null;
            boolean value = field == VALUE;
            if (token == JsonToken.VALUE_STRING) {
                texts[field] = value ? parser.getString() : repeated.of(parser.getString());
            } else if (value && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)) {
                texts[field] = parser.getDecimalValue().toString();
            } else if (token != JsonToken.VALUE_NULL) {
                String written = token.isStructStart() ? parser.readValueAsTree().toString() : parser.getText();
                malformed[field] = value ? Violation.of(name, "must be a number", written)
                        : Violation.of(name, "must be text (in quotes), e.g. \"430181\"", written);
                texts[field] = value ? "" : null;
            }
        }
        for (Violation problem : malformed) {
            if (problem != null) {
                violations.add(problem);
            }
        }
        return new Report(row, texts[0], texts[1], texts[2], texts[VALUE], texts[4], texts[5], texts[6],
                violations);
    }

    /** @param batch whether the body was an array (answered with an import summary) */
    record Body(boolean batch, List<Report> reports) {
    }
}
