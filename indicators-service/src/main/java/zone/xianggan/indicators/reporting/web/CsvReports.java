package zone.xianggan.indicators.reporting.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import zone.xianggan.platform.domain.MalformedInputException;
import zone.xianggan.platform.domain.Violation;

/**
 * Reads a CSV upload in long format: a header line {@code county_code,indicator_code,period,value}, optionally
 * followed by {@code note}, {@code source} and {@code reason} columns in any order, then one value per line. Rows
 * are numbered from 1 for the first data line; the header is not counted and blank lines are skipped. UTF-8 unless
 * the Content-Type names another charset (e.g. {@code text/csv; charset=GBK}); a byte-order mark is ignored.
 */
final class CsvReports {

    /** The column that names a row's unit. */
    static final String UNIT_COLUMN = "county_code";
    static final List<String> REQUIRED = List.of(UNIT_COLUMN, "indicator_code", "period", "value");
    static final Set<String> OPTIONAL = Set.of("note", "source", "reason");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvReports() {
    }

    static List<Report> read(byte[] body, Charset charset) {
        String text = new String(body, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new MalformedInputException(Violation.of("body", "is empty: send a header line "
                    + String.join(",", REQUIRED) + " and one value per line"));
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            List<Report> reports = new ArrayList<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                reports.add(new Report(row, field(record, columns, "county_code"),
                        field(record, columns, "indicator_code"), field(record, columns, "period"),
                        field(record, columns, "value"), field(record, columns, "note"),
                        field(record, columns, "source"), field(record, columns, "reason"), extra(record, columns)));
            }
            return reports;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedInputException(Violation.of("body", "is not valid CSV: " + e.getMessage()));
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
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

    private static List<Violation> extra(CSVRecord record, Map<String, Integer> columns) {
        if (record.size() > columns.size()) {
            return List.of(Violation.of("body", "has " + record.size() + " fields, the header " + columns.size()));
        }
        return List.of();
    }
}
