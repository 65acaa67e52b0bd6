package zone.xianggan.indicators.reporting.web;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import zone.xianggan.indicators.reporting.application.ImportOptions;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ReportingProperties;
import zone.xianggan.indicators.reporting.application.ReportingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ImportSummary;
import zone.xianggan.indicators.reporting.model.Intake;
import zone.xianggan.indicators.reporting.model.ReportOutcome;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.web.Pages;

@RestController
@RequestMapping("/api/v1/values")
@Tag(name = "Values", description = "Reporting by unit, indicator and period, with every revision kept. A unit's "
        + "agency reports its own unit's values, the zone office any unit's (scope values.report); a batch with a row "
        + "of another unit is refused whole (403, naming the rows). Each value or revision taken is published on "
        + "indicators.values.v1, keyed by the unit's code")
class ValueController {

    private static final String DRY_RUN = "Check only: write nothing and answer what would happen";
    private static final String ACCEPT_VALID = "Take the valid rows and list the rejected ones; by default a batch "
            + "with any rejected row is rejected whole (422) and nothing is written";
    private static final String SOURCE = "The source of every row that names none, e.g. \"Liuyang Statistics "
            + "Bureau, 2024 yearbook\"";
    private static final String REASON = "The reason of every revision whose row gives none; a revision needs one";

    private final ReportingValues reporting;
    private final ReadingValues reading;
    private final int maxRows;

    ValueController(ReportingValues reporting, ReadingValues reading, ReportingProperties properties) {
        this.reporting = reporting;
        this.reading = reading;
        this.maxRows = properties.maxBatchRows();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report one value (an object: answered with the value held, and a first report with 201 "
            + "and its address in Location) or a batch (an array: answered with an import summary; rows are "
            + "numbered from 1)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ValueReport.class))))
    ResponseEntity<?> report(InputStream body, Caller caller,
            @Parameter(description = DRY_RUN) @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = ACCEPT_VALID) @RequestParam(defaultValue = "false") boolean acceptValid,
            @Parameter(description = SOURCE) @RequestParam(required = false) String source,
            @Parameter(description = REASON) @RequestParam(required = false) String reason) {
        JsonReports.Body reports = JsonReports.read(body, maxRows);
        ImportOptions options = new ImportOptions(dryRun, acceptValid, source, reason);
        if (reports.batch()) {
            return ResponseEntity.ok(reporting.report(reports.reports(), JsonReports.UNIT_FIELD, options, caller));
        }
        Intake.SettledReport decision = reporting.reportOne(reports.reports().getFirst(), options, caller);
        if (decision.outcome() == ReportOutcome.IMPORTED && !dryRun) {
            return ResponseEntity.created(address(decision.value().key())).body(ReportResult.of(decision, false));
        }
        return ResponseEntity.ok(ReportResult.of(decision, dryRun));
    }

    @PostMapping(path = "/import", consumes = { "text/csv", "application/csv" })
    @Operation(summary = "Upload a CSV in long format: header county_code,indicator_code,period,value (then "
            + "optionally note, source, reason); rows are the data lines numbered from 1, header not counted. Text "
            + "cells starting with =, +, -, @, tab or CR are refused (CSV injection); at most "
            + "zone.indicators.max-batch-rows rows and zone.indicators.max-upload-size bytes")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", example = """
                    county_code,indicator_code,period,value,note
                    430181,RESIDENT_POPULATION,2024,1445000,year-end estimate
                    """)))
    ImportSummary upload(InputStream body,
            @RequestHeader(value = "Content-Type", required = false) String contentType, Caller caller,
            @Parameter(description = DRY_RUN) @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = ACCEPT_VALID) @RequestParam(defaultValue = "false") boolean acceptValid,
            @Parameter(description = SOURCE) @RequestParam(required = false) String source,
            @Parameter(description = REASON) @RequestParam(required = false) String reason) {
        return reporting.report(CsvReports.read(body, charset(contentType), maxRows), CsvReports.UNIT_COLUMN,
                new ImportOptions(dryRun, acceptValid, source, reason), caller);
    }

    @GetMapping
    @Operation(summary = "Current values: a time series (county and indicator), a cross-section (indicator and "
            + "period), or any combination; at least one of county and indicator, or updatedAfter. With "
            + "updatedAfter: only the values first reported or revised since, each at its latest revision, by report "
            + "time then indicator, county and period")
    ResponseEntity<List<ValueView>> list(PageRequest page,
            @Parameter(description = "Unit code, or a province code for its benchmarks; several separated by commas")
            @RequestParam(required = false) List<String> county,
            @Parameter(description = "Indicator code; several separated by commas")
            @RequestParam(required = false) List<String> indicator,
            @Parameter(description = "2024, 2024Q3 or 2024-07; several separated by commas")
            @RequestParam(required = false) List<String> period,
            @Parameter(description = "Only values from exactly this source")
            @RequestParam(required = false) String source,
            @Parameter(description = "Only values whose current revision was reported (reportedAt) strictly after "
                    + "this ISO-8601 instant, e.g. 2026-12-07T08:00:00Z: a catch-up (docs/catch-up.md)")
            @RequestParam(required = false) String updatedAfter) {
        ChangesSince since = Pages.changesSince(updatedAfter);
        if (since == null && (county == null || county.isEmpty()) && (indicator == null || indicator.isEmpty())) {
            String reason = "name a county, an indicator or both, or ask for the changes since an instant "
                    + "(updatedAfter)";
            throw new MalformedInputException(List.of(Violation.of("county", reason),
                    Violation.of("indicator", reason)));
        }
        Set<String> counties = county == null ? Set.of()
                : Set.copyOf(county.stream().map(code -> CountyCode.parse("county", code).value()).toList());
        Set<String> indicators = indicator == null ? Set.of()
                : Set.copyOf(indicator.stream().map(code -> IndicatorCode.parse("indicator", code)).toList());
        Set<Period> periods = period == null ? Set.of()
                : Set.copyOf(period.stream().map(raw -> Period.parse("period", raw)).toList());
        ValueFilter filter = new ValueFilter(counties, indicators, periods, source);
        if (since != null) {
            return Pages.of(reading.changedSince(filter, since, page).map(ValueView::of));
        }
        return Pages.of(page.of(reading.find(filter), value -> value.key().asText()).map(ValueView::of));
    }

    @GetMapping("/history")
    @Operation(summary = "Every revision of one value, oldest first: what it was, who changed it, when and why")
    ResponseEntity<List<ValueView>> history(@RequestParam String county, @RequestParam String indicator,
            @RequestParam String period, PageRequest page) {
        ValueKey key = new ValueKey(CountyCode.parse("county", county).value(),
                IndicatorCode.parse("indicator", indicator), Period.parse("period", period));
        return Pages.of(reading.history(key).stream().map(ValueView::of).toList(),
                value -> Integer.toString(value.revision()), page);
    }

    /**
     * Where a value is read back: the list of current values narrowed to its key, which holds it alone. There is no
     * ETag: a value is revised with a reason, not against a version read.
     */
    private static URI address(ValueKey key) {
        return UriComponentsBuilder.fromPath("/api/v1/values").queryParam("county", key.countyCode())
                .queryParam("indicator", key.indicatorCode()).queryParam("period", key.period().toString())
                .encode().build().toUri();
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (RuntimeException unknownCharset) {
            throw new MalformedInputException(Violation.of("Content-Type", "names a charset this service does not "
                    + "know; send UTF-8 or e.g. text/csv; charset=GBK", contentType));
        }
    }

    /** One value as reported, for the API document. */
    @Schema(description = "One value: the unit (or province, for a benchmark), the indicator, the period and the "
            + "figure; a revision needs a reason")
    record ValueReport(
            @Schema(example = "430181") String countyCode,
            @Schema(example = "URBANIZATION_RATE") String indicatorCode,
            @Schema(example = "2024") String period,
            @Schema(example = "58.3") java.math.BigDecimal value,
            String note,
            @Schema(example = "Liuyang Statistics Bureau, 2024 yearbook") String source,
            String reason) {
    }
}
