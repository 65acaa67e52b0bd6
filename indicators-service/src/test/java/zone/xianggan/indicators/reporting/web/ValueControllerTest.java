package zone.xianggan.indicators.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import zone.xianggan.indicators.IndicatorsWebSlice;
import zone.xianggan.indicators.reporting.application.ImportOptions;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ReportingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ImportSummary;
import zone.xianggan.indicators.reporting.model.Intake;
import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.indicators.reporting.model.ReportOutcome;
import zone.xianggan.indicators.reporting.model.ReportingPolicy;
import zone.xianggan.indicators.reporting.model.Sources;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IndicatorsWebSlice
class ValueControllerTest {

    private static final String VALUES = "/api/v1/values";
    private static final String IMPORT = "/api/v1/values/import";
    private static final String LIUYANG_GDP = """
            {"countyCode":"430181","indicatorCode":"GDP","period":"2024","value":190000000000.50,
             "source":"Liuyang Statistics Bureau"}""";
    private static final ValueKey LIUYANG_GDP_2024 = new ValueKey("430181", "GDP", Period.year(2024));
    private static final ValueRevision REPORTED = new ValueRevision(LIUYANG_GDP_2024, 1,
            new BigDecimal("190000000000.5"), null, null, "Liuyang Statistics Bureau", null,
            new Actor("liuyang", "chen.li"), Instant.parse("2026-03-01T08:00:00Z"));
    private static final ImportSummary TWO_IMPORTED = new ImportSummary(false, true, 2, 2, 0, 0, 0, List.of());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportingValues reporting;

    @Autowired
    ReadingValues reading;

    @Test
    void aSingleValueIsTheCallersReportOfOneValue() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES, LIUYANG_GDP)).hasStatus(HttpStatus.CREATED);

        verify(reporting).reportOne(new Report(null, "430181", "GDP", "2024", "190000000000.50", null,
                "Liuyang Statistics Bureau", null, List.of()), ImportOptions.ALL_OR_NOTHING, Callers.LIUYANG);
    }

    @Test
    void aNumberReachesTheUseCaseExactlyAsWritten() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES, LIUYANG_GDP.replace("190000000000.50", "0.1000000000000000055511151231257827")))
                .hasStatus(HttpStatus.CREATED);

        assertThat(reportSentAlone().value()).isEqualTo("0.1000000000000000055511151231257827");
    }

    @Test
    void aFirstValueIsCreatedAtTheAddressThatReadsItBack() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES, LIUYANG_GDP)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, VALUES + "?county=430181&indicator=GDP&period=2024");
    }

    @Test
    void aRevisedValueCreatesNothingToPointAt() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.REVISED));

        assertThat(send(VALUES, LIUYANG_GDP)).hasStatusOk().doesNotContainHeader(HttpHeaders.LOCATION);
    }

    @Test
    void aValueSentAloneIsAnsweredWithWhatBecameOfIt() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES, LIUYANG_GDP)).bodyJson().isLenientlyEqualTo("""
                {"outcome":"IMPORTED","dryRun":false,"value":{"countyCode":"430181","indicatorCode":"GDP",
                 "period":"2024","value":190000000000.5,"revision":1,"synthetic":false,"reportedBy":"liuyang",
                 "person":"chen.li"}}""");
    }

    @Test
    void aRevisedValueIsAnsweredOk() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.REVISED));

        assertThat(send(VALUES, LIUYANG_GDP)).hasStatusOk().bodyJson().extractingPath("$.outcome")
                .isEqualTo("REVISED");
    }

    @Test
    void aFirstValueInADryRunIsNotCreated() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES + "?dryRun=true", LIUYANG_GDP)).hasStatusOk()
                .doesNotContainHeader(HttpHeaders.LOCATION).bodyJson().extractingPath("$.dryRun").isEqualTo(true);
    }

    @Test
    void aBatchIsReportedRowByRowNamingUnitsAsItsPropertyDoes() {
        given(reporting.report(anyList(), anyString(), any(), any())).willReturn(TWO_IMPORTED);

        assertThat(send(VALUES, "[" + LIUYANG_GDP + "," + LIUYANG_GDP.replace("2024", "2023") + "]"))
                .hasStatusOk();

        Report row = new Report(1, "430181", "GDP", "2024", "190000000000.50", null, "Liuyang Statistics Bureau",
                null, List.of());
        verify(reporting).report(List.of(row, new Report(2, "430181", "GDP", "2023", "190000000000.50", null,
                "Liuyang Statistics Bureau", null, List.of())), "countyCode", ImportOptions.ALL_OR_NOTHING,
                Callers.LIUYANG);
    }

    @Test
    void aBatchIsAnsweredWithItsImportSummary() {
        given(reporting.report(anyList(), anyString(), any(), any())).willReturn(TWO_IMPORTED);

        assertThat(send(VALUES, "[" + LIUYANG_GDP + "]")).hasStatusOk().bodyJson().extractingPath("$.imported")
                .isEqualTo(2);
    }

    @Test
    void theOptionsOfTheQueryReachTheUseCase() {
        given(reporting.report(anyList(), anyString(), any(), any())).willReturn(TWO_IMPORTED);

        assertThat(send(VALUES + "?dryRun=true&acceptValid=true&source=Yearbook&reason=Census",
                "[" + LIUYANG_GDP + "]")).hasStatusOk();

        verify(reporting).report(anyList(), anyString(), eq(new ImportOptions(true,
                true, "Yearbook", "Census")), any());
    }

    @Test
    void aValueOfTheWrongTypeReachesTheUseCaseNamedAsMalformed() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES, LIUYANG_GDP.replace("190000000000.50", "true"))).hasStatus(HttpStatus.CREATED);

        assertThat(reportSentAlone().malformed()).containsExactly(Violation.of("value", "must be a number", "true"));
    }

    @Test
    void aPropertyTheReportDoesNotKnowReachesTheUseCaseNamedAsMalformed() {
        given(reporting.reportOne(any(), any(), any())).willReturn(settled(ReportOutcome.IMPORTED));

        assertThat(send(VALUES, LIUYANG_GDP.replace("\"source\"", "\"origin\""))).hasStatus(HttpStatus.CREATED);

        assertThat(reportSentAlone().malformed()).extracting(Violation::field).containsExactly("origin");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() {
        assertMalformed(send(VALUES, "{\"countyCode\":"), "body");
        verifyNoInteractions(reporting);
    }

    @Test
    void aBodyThatIsNeitherAValueNorABatchIsRefusedNamingTheBody() {
        assertMalformed(send(VALUES, "42"), "body");
        verifyNoInteractions(reporting);
    }

    @Test
    void aPropertyNamedTwiceIsRefusedNamingIt() {
        assertMalformed(send(VALUES, "{\"value\":1,\"value\":2}"), "value");
        verifyNoInteractions(reporting);
    }

    @Test
    void aBatchPastTheRowLimitIsRefusedNamingTheRowAfterIt() {
        assertThat(send(VALUES, "[{},{},{},{}]")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].row").isEqualTo(IndicatorsWebSlice.MAX_BATCH_ROWS + 1);
        verifyNoInteractions(reporting);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupportedNamingTheContentType() {
        assertThat(mvc.post().uri(VALUES).with(SliceTokens.as(Callers.LIUYANG)).contentType(MediaType.TEXT_PLAIN)
                .content(LIUYANG_GDP)).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson()
                .extractingPath("$.field").isEqualTo("Content-Type");
    }

    @Test
    void aValueInACharsetJavaDoesNotKnowIsUnsupportedNamingTheCharset() {
        assertThat(mvc.post().uri(VALUES).with(SliceTokens.as(Callers.LIUYANG))
                .header(HttpHeaders.CONTENT_TYPE, "application/json; charset=x-unknown").content(LIUYANG_GDP))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson().extractingPath("$.errors[0].reason")
                .asString().contains("\"x-unknown\"");
        verifyNoInteractions(reporting);
    }

    @Test
    void anUploadIsReportedRowByRowNamingUnitsAsItsColumnDoes() {
        given(reporting.report(anyList(), anyString(), any(), any())).willReturn(TWO_IMPORTED);

        assertThat(upload("text/csv", "county_code,indicator_code,period,value,note\n430181,GDP,2024,190,year-end\n"))
                .hasStatusOk();

        verify(reporting).report(List.of(new Report(1, "430181", "GDP", "2024", "190", "year-end", null, null,
                List.of())), "county_code", ImportOptions.ALL_OR_NOTHING, Callers.LIUYANG);
    }

    @Test
    void anUploadIsReadInTheCharsetItsContentTypeNames() {
        given(reporting.report(anyList(), anyString(), any(), any())).willReturn(TWO_IMPORTED);
        Charset gbk = Charset.forName("GBK");

        assertThat(mvc.post().uri(IMPORT).with(SliceTokens.as(Callers.LIUYANG))
                .contentType(MediaType.parseMediaType("text/csv; charset=GBK"))
                .content("county_code,indicator_code,period,value,note\n430181,GDP,2024,190,年末估计\n".getBytes(gbk)))
                .hasStatusOk();

        assertThat(reportsUploaded()).extracting(Report::note).containsExactly("年末估计");
    }

    @Test
    void anUploadInACharsetJavaDoesNotKnowIsUnsupportedNamingTheCharsetsThatAreRead() {
        assertThat(mvc.post().uri(IMPORT).with(SliceTokens.as(Callers.LIUYANG))
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=x-unknown")
                .content("county_code,indicator_code,period,value\n430181,GDP,2024,190\n"))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().satisfies(problem -> {
                    assertThat(problem).extractingPath("$.field").isEqualTo("Content-Type");
                    assertThat(problem).extractingPath("$.errors[0].rejectedValue")
                            .isEqualTo("text/csv; charset=x-unknown");
                    assertThat(problem).extractingPath("$.errors[0].reason").asString()
                            .contains("\"x-unknown\"", "UTF-8", "GBK");
                });
        verifyNoInteractions(reporting);
    }

    @Test
    void aTextCellThatASpreadsheetWouldRunReachesTheUseCaseNamedAsMalformed() {
        given(reporting.report(anyList(), anyString(), any(), any())).willReturn(TWO_IMPORTED);

        assertThat(upload("text/csv", "county_code,indicator_code,period,value,note\n430181,GDP,2024,190,=1+1\n"))
                .hasStatusOk();

        assertThat(reportsUploaded().getFirst().malformed()).extracting(Violation::field).containsExactly("note");
    }

    @Test
    void anUploadWithoutARequiredColumnIsRefusedNamingIt() {
        assertMalformed(upload("text/csv", "county_code,indicator_code,value\n430181,GDP,190\n"), "period");
        verifyNoInteractions(reporting);
    }

    @Test
    void anEmptyUploadIsRefusedNamingTheBody() {
        assertMalformed(upload("application/csv", "\n\n"), "body");
        verifyNoInteractions(reporting);
    }

    @Test
    void theListNeedsACountyOrAnIndicator() {
        assertThat(read(VALUES + "?period=2024")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[*].field").isEqualTo(List.of("county", "indicator"));
        verifyNoInteractions(reading);
    }

    @Test
    void theListPassesItsFiltersToTheUseCase() {
        assertThat(read(VALUES + "?county=430181,430000&indicator=GDP&period=2024,2023&source=Yearbook"))
                .hasStatusOk();

        verify(reading).find(new ValueFilter(Set.of("430181", "430000"), Set.of("GDP"), Set.of(Period.year(2024),
                Period.year(2023)), "Yearbook"));
    }

    @Test
    void updatedAfterAloneAsksForTheChangesSinceWithTheOtherFilters() {
        given(reading.changedSince(any(), any(), any())).willReturn(new Page<>(List.of(), null));

        assertThat(read(VALUES + "?period=2024").param("updatedAfter", "2026-12-07T16:00:00+08:00")).hasStatusOk();

        verify(reading).changedSince(new ValueFilter(Set.of(), Set.of(), Set.of(Period.year(2024)), null),
                new ChangesSince(Instant.parse("2026-12-07T08:00:00Z")), PageRequest.first(PageRequest.DEFAULT_LIMIT));
    }

    @Test
    void aMalformedUpdatedAfterIsRefusedNamingIt() {
        assertMalformed(read(VALUES + "?indicator=GDP&updatedAfter=1733558400"), "updatedAfter");
        verifyNoInteractions(reading);
    }

    @Test
    void aMalformedCountyInTheListIsRefusedNamingIt() {
        assertMalformed(read(VALUES + "?county=4301"), "county");
        verifyNoInteractions(reading);
    }

    @Test
    void aMalformedPeriodInTheListIsRefusedNamingIt() {
        assertMalformed(read(VALUES + "?indicator=GDP&period=24"), "period");
        verifyNoInteractions(reading);
    }

    @Test
    void theListSaysWhichValuesAreSyntheticSampleData() {
        given(reading.find(any())).willReturn(List.of(new ValueRevision(LIUYANG_GDP_2024, 1, BigDecimal.ONE, null,
                null, Sources.SYNTHETIC_SAMPLE, null, new Actor("zone-office", null), Instant.EPOCH)));

        assertThat(read(VALUES + "?indicator=GDP")).hasStatusOk().bodyJson().extractingPath("$[0].synthetic")
                .isEqualTo(true);
    }

    @Test
    void theHistoryIsReadForTheValuesKey() {
        given(reading.history(any())).willReturn(List.of(REPORTED));

        assertThat(read(VALUES + "/history?county=430181&indicator=GDP&period=2024")).hasStatusOk();

        verify(reading).history(LIUYANG_GDP_2024);
    }

    @Test
    void theHistoryWithoutAPeriodIsRefusedNamingIt() {
        assertMalformed(read(VALUES + "/history?county=430181&indicator=GDP"), "period");
        verifyNoInteractions(reading);
    }

    @Test
    void aValueNeverReportedHasNoHistory() {
        given(reading.history(any())).willThrow(new NotFoundException("value", "430181/GDP/2024"));

        assertThat(read(VALUES + "/history?county=430181&indicator=GDP&period=2024"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBatchWithRowsOfAnotherUnitIsForbiddenNamingTheRows() {
        given(reporting.report(anyList(), anyString(), any(), any())).willThrow(new NotPermittedException(
                ReportingPolicy.RULE, List.of(Violation.of("countyCode", "is not the unit of agency liuyang",
                        "430281").atRow(2))));

        assertThat(send(VALUES, "[" + LIUYANG_GDP + "]")).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
                .extractingPath("$.errors[0].row").isEqualTo(2);
    }

    @Test
    void aBatchRefusedWholeSaysWhatItsValidRowsWouldHaveDone() {
        given(reporting.report(anyList(), anyString(), any(), any())).willThrow(new InvalidInputException(List.of(
                Violation.of("value", "must be a number", "a lot").atRow(2)),
                Map.of("validRows", Map.of("imported", 1, "revised", 0, "unchanged", 0))));

        assertThat(send(VALUES, "[" + LIUYANG_GDP + "]")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.validRows.imported").isEqualTo(1);
    }

    @Test
    void aReportWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri(VALUES).contentType(MediaType.APPLICATION_JSON).content(LIUYANG_GDP))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(reporting);
    }

    @Test
    void aReadWithoutTheReadScopeIsForbiddenNamingTheRule() {
        assertThat(mvc.get().uri(VALUES + "?indicator=GDP").with(SliceTokens.as(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").asString().contains("zone.read");
        verifyNoInteractions(reading);
    }

    private Report reportSentAlone() {
        ArgumentCaptor<Report> report = ArgumentCaptor.forClass(Report.class);
        verify(reporting).reportOne(report.capture(), any(), any());
        return report.getValue();
    }

    @SuppressWarnings("unchecked")
    private List<Report> reportsUploaded() {
        ArgumentCaptor<List<Report>> reports = ArgumentCaptor.forClass(List.class);
        verify(reporting).report(reports.capture(), anyString(), any(), any());
        return reports.getValue();
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.LIUYANG));
    }

    /** JSON as Liuyang's agency sends it. */
    private MockMvcRequestBuilder send(String uri, String json) {
        return mvc.post().uri(uri).with(SliceTokens.as(Callers.LIUYANG)).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private MockMvcRequestBuilder upload(String contentType, String csv) {
        return mvc.post().uri(IMPORT).with(SliceTokens.as(Callers.LIUYANG))
                .contentType(MediaType.parseMediaType(contentType)).content(csv);
    }

    private static void assertMalformed(MockMvcRequestBuilder request, String field) {
        assertThat(request).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    private static Intake.SettledReport settled(ReportOutcome outcome) {
        return new Intake.SettledReport(null, outcome, REPORTED, null);
    }
}
