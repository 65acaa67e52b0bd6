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
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.web.JsonLimits;

/**
 * Reads the JSON of {@code POST /api/v1/values}: one value (an object) or a batch (an array of them). Each object is
 * read field by field, so that a row with text in its value or a misspelt property is rejected on its own, named by
 * row and field, instead of failing the whole body. Numbers are read exactly as written, never through a double.
 * The body is read as a stream of tokens as it arrives, not as a tree nor first into one array: a batch of 10,000
 * values then costs its reports alone, and reading stops at the row past the most a request may carry, so that the
 * limit bounds what a body can cost. The parser is held to the zone's JSON limits ({@link JsonLimits}): nesting,
 * lengths, and a property named twice in one object is refused, naming the row and the property.
 */
final class JsonReports {

    /** The property that names a value's unit. */
    static final String UNIT_FIELD = "countyCode";
    /** The properties of a value, in the order of {@link Report}'s and of the violations named. */
    private static final List<String> PROPERTIES = List.of(UNIT_FIELD, "indicatorCode", "period", "value", "note",
            "source", "reason");
    private static final int VALUE = PROPERTIES.indexOf("value");
    private static final String KNOWN = "countyCode, indicatorCode, period, value, note, source and reason";
    private static final JsonMapper EXACT = JsonLimits.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonReports() {
    }

    /**
     * The body read, as it arrives: a single report (row null) or a batch (rows 1, 2, …) of at most {@code maxRows};
     * reading stops at the row after them.
     */
    static Body read(InputStream body, int maxRows) {
        int[] row = { 0 };
        try (JsonParser parser = EXACT.createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == null || root == JsonToken.VALUE_NULL) {
                throw new MalformedInputException(Violation.of("body", "a request body is required: one value or "
                        + "an array of values"));
            }
            Body read = switch (root) {
                case START_OBJECT -> new Body(false, List.of(report(null, parser, new RepeatedTexts())));
                case START_ARRAY -> new Body(true, reports(parser, maxRows, row));
                default -> throw new MalformedInputException(Violation.of("body", "must be one value (a JSON "
                        + "object) or an array of them"));
            };
            if (parser.nextToken() != null) {
                throw new MalformedInputException(Violation.of("body", "is not valid JSON: more follows the end "
                        + "of the " + (read.batch() ? "array" : "object")));
            }
            return read;
        } catch (JacksonException e) {
            throw unreadable(e, row[0]);
        }
    }

    /** Why the body could not be read, at the row it was read up to (none for a single value). */
    private static MalformedInputException unreadable(JacksonException e, int row) {
        String duplicate = JsonLimits.duplicateProperty(e);
        Violation violation;
        if (duplicate != null) {
            violation = Violation.of(duplicate, "is named twice in one object: send each property once");
        } else {
            String message = e.getOriginalMessage();
            int cut = message == null ? -1 : message.indexOf('\n');
            violation = Violation.of("body", "is not valid JSON: " + (cut > 0 ? message.substring(0, cut) : message));
        }
        return new MalformedInputException(row > 0 ? violation.atRow(row) : violation);
    }

    private static List<Report> reports(JsonParser parser, int maxRows, int[] row) {
        List<Report> reports = new ArrayList<>();
        RepeatedTexts texts = new RepeatedTexts();
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            row[0]++;
            if (row[0] > maxRows) {
                throw new InvalidInputException(Violation.of("body", "holds more than " + maxRows + " values; at "
                        + "most " + maxRows + " go in one request: split it").atRow(row[0]));
            }
            if (element == JsonToken.START_OBJECT) {
                reports.add(report(row[0], parser, texts));
            } else {
                parser.skipChildren();
                reports.add(new Report(row[0], null, null, null, null, null, null, null, List.of(Violation.of("body",
                        "must be a JSON object with countyCode, indicatorCode, period and value"))));
            }
        }
        return reports;
    }

    /** One object, from its opening brace on. */
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
                // As written: the number is read by the zone's parser (Decimals), not built here.
                texts[field] = parser.getString();
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
