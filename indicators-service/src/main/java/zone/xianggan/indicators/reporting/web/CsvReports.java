package zone.xianggan.indicators.reporting.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * Reads a CSV upload in long format: a header line {@code county_code,indicator_code,period,value}, optionally
 * followed by {@code note}, {@code source} and {@code reason} columns in any order, then one value per line. Rows
 * are numbered from 1 for the first data line; the header is not counted and blank lines are skipped. UTF-8 unless
 * the Content-Type names another charset (e.g. {@code text/csv; charset=GBK}); a byte-order mark is ignored.
 * <p>
 * The upload is parsed as it arrives, never held whole: reading stops at the row past the most a request may carry
 * (422 naming it), bytes that are not text in the charset are refused naming the row they are in (400), and a row
 * with more fields than the header is refused. A text cell ({@code note}, {@code source}, {@code reason}) that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is refused (CSV injection: a
 * spreadsheet that opens an export of it would run it as a formula); the value column takes negative numbers.
 */
final class CsvReports {

    /** The column that names a row's unit. */
    static final String UNIT_COLUMN = "county_code";
    static final List<String> REQUIRED = List.of(UNIT_COLUMN, "indicator_code", "period", "value");
    static final Set<String> OPTIONAL = Set.of("note", "source", "reason");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvReports() {
    }

    /** The upload's rows, read from {@code body} as it arrives: at most {@code maxRows}. */
    static List<Report> read(InputStream body, Charset charset, int maxRows) {
        Reader text = new BufferedReader(new StrictText(body, charset));
        // The rows read so far; -1 while the header is read, which has no row number.
        int row = -1;
        try {
            if (!skipByteOrderMarkAndBlanks(text)) {
                throw new MalformedInputException(Violation.of("body", "is empty: send a header line "
                        + String.join(",", REQUIRED) + " and one value per line"));
            }
            try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
                Map<String, Integer> columns = columns(parser.getHeaderNames());
                row = 0;
                List<Report> reports = new ArrayList<>();
                for (CSVRecord record : parser) {
                    row++;
                    if (row > maxRows) {
                        throw new InvalidInputException(Violation.of("body", "holds more than " + maxRows
                                + " values; at most " + maxRows + " go in one request: split it").atRow(row));
                    }
                    reports.add(new Report(row, field(record, columns, "county_code"),
                            field(record, columns, "indicator_code"), field(record, columns, "period"),
                            field(record, columns, "value"), field(record, columns, "note"),
                            field(record, columns, "source"), field(record, columns, "reason"),
                            malformed(record, columns)));
                }
                return reports;
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(e, row < 0 ? null : row + 1, charset);
        }
    }

    /** Reads past a byte-order mark and leading blanks; false if the body holds nothing else. */
    private static boolean skipByteOrderMarkAndBlanks(Reader text) throws IOException {
        text.mark(1);
        int first = text.read();
        if (first != '\uFEFF') {
            text.reset();
        }
        int c;
        do {
            text.mark(1);
            c = text.read();
        } while (c >= 0 && Character.isWhitespace(c));
        text.reset();
        return c >= 0;
    }

    /** Why the upload cannot be read, naming the row it was read up to (none while in the header). */
    private static MalformedInputException unreadable(Exception e, Integer row, Charset charset) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        Violation violation = cause instanceof CharacterCodingException
                ? Violation.of("body", "is not " + charset.name() + " text: send UTF-8, or name the charset in the "
                        + "Content-Type (e.g. text/csv; charset=GBK)")
                : Violation.of("body", "is not valid CSV: " + e.getMessage());
        return new MalformedInputException(row == null ? violation : violation.atRow(row));
    }

    private static Map<String, Integer> columns(List<String> header) {
        if (header.size() > REQUIRED.size() + OPTIONAL.size()) {
            throw new MalformedInputException(Violation.of("body", "the header has " + header.size() + " columns; "
                    + "it is " + String.join(",", REQUIRED) + " and optionally note, source and reason"));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                violations.add(Violation.of(header.get(i).isBlank() ? "column " + (i + 1) : header.get(i),
                        "is not a known column; the header is " + String.join(",", REQUIRED)
                                + " and optionally note, source and reason"));
            } else if (columns.putIfAbsent(name, i) != null) {
                violations.add(Violation.of(name, "appears twice in the header"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                violations.add(Violation.of(required, "column is missing from the header; it is "
                        + String.join(",", REQUIRED) + " and optionally note, source and reason"));
            }
        }
        if (!violations.isEmpty()) {
            throw new MalformedInputException(violations);
        }
        return columns;
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value.isEmpty() ? null : value;
    }

    /** What is wrong with the row's form: more fields than the header, a text cell that a spreadsheet would run. */
    private static List<Violation> malformed(CSVRecord record, Map<String, Integer> columns) {
        List<Violation> violations = new ArrayList<>(0);
        if (record.size() > columns.size()) {
            violations.add(Violation.of("body", "has " + record.size() + " fields, the header " + columns.size()));
        }
        for (String column : OPTIONAL) {
            String text = field(record, columns, column);
            if (text != null && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
                violations.add(Violation.of(column, "must not start with =, +, -, @, a tab or a carriage return: "
                        + "a spreadsheet would read it as a formula", text));
            }
        }
        return violations;
    }
}
