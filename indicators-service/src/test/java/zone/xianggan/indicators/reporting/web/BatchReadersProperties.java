package zone.xianggan.indicators.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.kernel.domain.InputRejectedException;

/**
 * The CSV and JSON batch readers, against whatever bytes come: each answers its rows or the zone's own refusal, never
 * another exception, quickly, and never more rows than the limit; well-formed rows are read back as written.
 */
class BatchReadersProperties {

    private static final int MAX_ROWS = 50;

    @Property(tries = 1000)
    void csvIsReadOrRefusedByTheZone(@ForAll("csvLike") byte[] body) {
        try {
            List<Report> reports = CsvReports.read(new ByteArrayInputStream(body), StandardCharsets.UTF_8, MAX_ROWS);
            assertThat(reports).hasSizeLessThanOrEqualTo(MAX_ROWS);
        } catch (InputRejectedException refused) {
            assertThat(refused.violations()).isNotEmpty();
        }
    }

    @Property(tries = 1000)
    void jsonIsReadOrRefusedByTheZone(@ForAll("jsonLike") byte[] body) {
        try {
            JsonReports.Body read = JsonReports.read(new ByteArrayInputStream(body), MAX_ROWS);
            assertThat(read.reports()).hasSizeLessThanOrEqualTo(MAX_ROWS);
        } catch (InputRejectedException refused) {
            assertThat(refused.violations()).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void wellFormedCsvRowsRoundTrip(@ForAll("rows") List<String[]> rows) {
        StringBuilder csv = new StringBuilder("county_code,indicator_code,period,value,note\n");
        rows.forEach(row -> csv.append(String.join(",", row)).append('\n'));
        List<Report> reports = CsvReports.read(new ByteArrayInputStream(csv.toString()
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, MAX_ROWS);
        assertThat(reports).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Report report = reports.get(i);
            assertThat(report.row()).isEqualTo(i + 1);
            assertThat(List.of(report.countyCode(), report.indicatorCode(), report.period(), report.value(),
                    report.note())).containsExactly(rows.get(i));
            assertThat(report.malformed()).isEmpty();
        }
    }

    @Property(tries = 50)
    void neitherReaderReadsPastTheRowLimit(@ForAll @IntRange(min = MAX_ROWS + 1, max = 400) int rows) {
        String csv = "county_code,indicator_code,period,value\n" + "430181,GDP,2024,1\n".repeat(rows);
        String json = "[" + String.join(",", Collections.nCopies(rows, "{}")) + "]";
        for (Runnable read : List.<Runnable>of(
                () -> CsvReports.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8, MAX_ROWS),
                () -> JsonReports.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), MAX_ROWS))) {
            try {
                read.run();
                throw new AssertionError("read " + rows + " rows");
            } catch (InputRejectedException refused) {
                assertThat(refused.violations().getFirst().row()).isEqualTo(MAX_ROWS + 1);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> csvLike() {
        Arbitrary<String> cells = Arbitraries.oneOf(Arbitraries.of("county_code", "indicator_code", "period",
                "value", "note", "source", "reason", "430181", "GDP", "2024", "-1.5", "=cmd|' /C calc'!A0", "\"",
                "\"a\"\"b\"", "@SUM(1)", "", " ", "1E+10000000"), Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> lines = cells.list().ofMaxSize(9).map(list -> String.join(",", list));
        Arbitrary<String> text = lines.list().ofMaxSize(60).map(list -> String.join("\n", list));
        return Arbitraries.oneOf(
                text.map(t -> ("county_code,indicator_code,period,value\n" + t).getBytes(StandardCharsets.UTF_8)),
                text.map(t -> t.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400));
    }

    @Provide
    Arbitrary<byte[]> jsonLike() {
        Arbitrary<String> values = Arbitraries.of("\"430181\"", "\"GDP\"", "1E+10000000", "-0.5", "null", "true",
                "{}", "[]", "{\"a\":[[[[1]]]]}", "\"\\u202E\"", "123456789012345678901234567890");
        Arbitrary<String> names = Arbitraries.of("countyCode", "indicatorCode", "period", "value", "note", "source",
                "reason", "other", "value");
        Arbitrary<String> objects = Combinators.combine(names, values).as((n, v) -> "\"" + n + "\":" + v).list()
                .ofMaxSize(8).map(list -> "{" + String.join(",", list) + "}");
        Arbitrary<String> arrays = objects.list().ofMaxSize(80).map(list -> "[" + String.join(",", list) + "]");
        Arbitrary<String> nested = Arbitraries.integers().between(1, 200).map(depth -> "[".repeat(depth));
        Arbitrary<String> text = Arbitraries.oneOf(objects, arrays, nested,
                Arbitraries.strings().withChars("[]{},:\"0123456789eE.-nul ").ofMaxLength(200));
        return Arbitraries.oneOf(text.map(t -> t.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Provide
    Arbitrary<List<String[]>> rows() {
        Arbitrary<String[]> row = Combinators.combine(Arbitraries.strings().numeric().ofLength(6),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(10),
                Arbitraries.integers().between(1900, 2999).map(String::valueOf),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E6"), new BigDecimal("1E6")).ofScale(3)
                        .map(BigDecimal::toPlainString),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20))
                .as((c, i, p, v, n) -> new String[] { c, i, p, v, n });
        return row.list().ofMaxSize(MAX_ROWS);
    }
}
