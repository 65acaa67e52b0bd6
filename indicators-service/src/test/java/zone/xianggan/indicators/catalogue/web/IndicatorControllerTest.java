package zone.xianggan.indicators.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import zone.xianggan.indicators.IndicatorsWebSlice;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.catalogue.application.DefineIndicator;
import zone.xianggan.indicators.catalogue.application.DefiningIndicator;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.application.RetiringIndicator;
import zone.xianggan.indicators.catalogue.application.RevisingIndicator;
import zone.xianggan.indicators.catalogue.model.CataloguePolicy;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IndicatorsWebSlice
class IndicatorControllerTest {

    private static final String GDP = "/api/v1/indicators/GDP";
    private static final String URBANIZATION_RATE = """
            {"code":"URBANIZATION_RATE","nameZh":"常住人口城镇化率",
             "nameEn":"Urbanization rate of the permanent population","unit":"%","periodicity":"YEAR",
             "planArea":"URBAN_RURAL_INTEGRATION",
             "aggregation":{"method":"RATIO","numerator":"URBAN_RESIDENT_POPULATION",
                            "denominator":"RESIDENT_POPULATION","scale":100},
             "direction":"HIGHER_IS_BETTER","minimum":0,"maximum":100,"reason":"Agreed by the zone office"}""";
    private static final String GDP_AT_CONSTANT_PRICES = """
            {"nameZh":"地区生产总值","nameEn":"Gross domestic product (constant prices)","unit":"CNY",
             "periodicity":"YEAR","planArea":"COMPREHENSIVE_STRENGTH","aggregation":{"method":"SUM"},
             "direction":"HIGHER_IS_BETTER","minimum":0,"maximum":10000000000000}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReadingCatalogue reading;

    @Autowired
    DefiningIndicator defining;

    @Autowired
    RevisingIndicator revising;

    @Autowired
    RetiringIndicator retiring;

    @Test
    void anIndicatorIsReadWithItsVersionAsETag() {
        given(reading.get("GDP")).willReturn(SeededCatalogue.GDP);

        assertThat(read(GDP)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().extractingPath("$.aggregation.method").isEqualTo("SUM");
    }

    @Test
    void theListPassesItsFiltersToTheUseCase() {
        assertThat(read("/api/v1/indicators?planArea=RED_CULTURE&status=RETIRED&periodicity=QUARTER"))
                .hasStatusOk();

        verify(reading).list(PlanArea.RED_CULTURE, IndicatorStatus.RETIRED, Periodicity.QUARTER);
    }

    @Test
    void theListIsTheCatalogueInTheUseCasesOrder() {
        given(reading.list(null, null, null)).willReturn(List.of(SeededCatalogue.GDP,
                SeededCatalogue.URBANIZATION_RATE));

        assertThat(read("/api/v1/indicators")).hasStatusOk().bodyJson().extractingPath("$[*].code")
                .isEqualTo(List.of("GDP", "URBANIZATION_RATE"));
    }

    @Test
    void updatedAfterListsOnlyTheIndicatorsChangedSinceRetiredOnesIncluded() {
        given(reading.list(null, null, null)).willReturn(List.of(SeededCatalogue.GDP,
                SeededCatalogue.retired(SeededCatalogue.URBANIZATION_RATE)));

        assertThat(read("/api/v1/indicators?updatedAfter=2026-01-01T00:00:00Z")).hasStatusOk().bodyJson()
                .extractingPath("$[*].code").isEqualTo(List.of("URBANIZATION_RATE"));
    }

    @Test
    void aMalformedUpdatedAfterIsRefusedNamingIt() {
        assertThat(read("/api/v1/indicators?updatedAfter=yesterday")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo("updatedAfter");
        verifyNoInteractions(reading);
    }

    @Test
    void anUnknownPlanAreaIsRefusedNamingTheParameter() {
        assertThat(read("/api/v1/indicators?planArea=TOURISM")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("planArea");
        verifyNoInteractions(reading);
    }

    @Test
    void aMalformedCodeIsRefusedNamingIt() {
        assertThat(read("/api/v1/indicators/gdp")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo("code");
        verifyNoInteractions(reading);
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        given(reading.get("GDP_PER_CAPITA")).willThrow(new NotFoundException("indicator", "GDP_PER_CAPITA"));

        assertThat(read("/api/v1/indicators/GDP_PER_CAPITA")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.id").isEqualTo("GDP_PER_CAPITA");
    }

    @Test
    void theHistoryShowsEachChangeAsRecorded() {
        given(reading.history("GDP")).willReturn(List.of(new HistoryEntry<>("GDP", 1, ChangeType.SEEDED,
                SeededCatalogue.SEED, SeededCatalogue.SEEDED_AT, "Starting catalogue", Map.of())));

        assertThat(read(GDP + "/history")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"version":1,"changeType":"SEEDED","actor":"system:seed","changedAt":"2026-01-01T00:00:00Z",
                  "reason":"Starting catalogue"}]""");
    }

    @Test
    void aDefinitionIsCreatedAtTheIndicatorsAddress() {
        given(defining.define(any(), any())).willReturn(SeededCatalogue.URBANIZATION_RATE);

        assertThat(send(mvc.post().uri("/api/v1/indicators"), URBANIZATION_RATE)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/v1/indicators/URBANIZATION_RATE")
                .hasHeader(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void aDefinitionIsTheCallersCommand() {
        given(defining.define(any(), any())).willReturn(SeededCatalogue.URBANIZATION_RATE);

        assertThat(send(mvc.post().uri("/api/v1/indicators"), URBANIZATION_RATE)).hasStatus(HttpStatus.CREATED);

        verify(defining).define(new DefineIndicator("URBANIZATION_RATE", "常住人口城镇化率",
                "Urbanization rate of the permanent population", "%", Periodicity.YEAR,
                PlanArea.URBAN_RURAL_INTEGRATION, AggregationRule.ratio("URBAN_RESIDENT_POPULATION",
                        "RESIDENT_POPULATION", new BigDecimal("100")), Direction.HIGHER_IS_BETTER, BigDecimal.ZERO,
                new BigDecimal("100"), "Agreed by the zone office"), Callers.ZONE_OFFICE);
    }

    @Test
    void aDefinitionWithoutAnAggregationReachesTheUseCaseWithoutOne() {
        given(defining.define(any(), any())).willReturn(SeededCatalogue.GDP);

        assertThat(send(mvc.post().uri("/api/v1/indicators"), "{\"code\":\"GDP\"}")).hasStatus(HttpStatus.CREATED);

        verify(defining).define(new DefineIndicator("GDP", null, null, null, null, null, null, null, null, null,
                null), Callers.ZONE_OFFICE);
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri("/api/v1/indicators"), withMore(URBANIZATION_RATE, "\"colour\":\"red\"")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("colour");
        verifyNoInteractions(defining);
    }

    @Test
    void anUnknownAggregationMethodIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri("/api/v1/indicators"), URBANIZATION_RATE.replace("\"RATIO\"", "\"MEDIAN\"")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field")
                .isEqualTo("aggregation.method");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() {
        assertThat(send(mvc.post().uri("/api/v1/indicators"), "{\"code\":")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("body");
    }

    @Test
    void aRuleTheDefinitionBreaksIsUnprocessableNamingTheField() {
        given(defining.define(any(), any())).willThrow(new InvalidInputException(Violation.of(
                "aggregation.numerator", "no indicator URBAN_RESIDENT_POPULATION in the catalogue",
                "URBAN_RESIDENT_POPULATION")));

        assertThat(send(mvc.post().uri("/api/v1/indicators"), URBANIZATION_RATE))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field")
                .isEqualTo("aggregation.numerator");
    }

    @Test
    void anIndicatorAlreadyInTheCatalogueIsAConflict() {
        given(defining.define(any(), any())).willThrow(new ConflictException("indicator URBANIZATION_RATE is "
                + "already in the catalogue"));

        assertThat(send(mvc.post().uri("/api/v1/indicators"), URBANIZATION_RATE)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aChangeThePolicyRefusesIsForbiddenNamingTheRule() {
        given(defining.define(any(), any())).willThrow(new NotPermittedException(CataloguePolicy.RULE));

        assertThat(send(mvc.post().uri("/api/v1/indicators"), URBANIZATION_RATE)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.rule").isEqualTo(CataloguePolicy.RULE);
    }

    @Test
    void aRevisionIsMadeAgainstTheVersionIfMatchNames() {
        given(revising.revise(anyString(), anyLong(), any(), any(), any())).willReturn(SeededCatalogue.GDP);

        assertThat(revise(GDP_AT_CONSTANT_PRICES, "\"3\"")).hasStatusOk();

        verify(revising).revise("GDP", 3, new DefineIndicator("GDP", "地区生产总值",
                "Gross domestic product (constant prices)", "CNY", Periodicity.YEAR, PlanArea.COMPREHENSIVE_STRENGTH,
                AggregationRule.sum(), Direction.HIGHER_IS_BETTER, BigDecimal.ZERO,
                new BigDecimal("10000000000000"), null), null, Callers.ZONE_OFFICE);
    }

    @Test
    void aRevisionReadsNothingOutsideTheUseCase() {
        given(revising.revise(anyString(), anyLong(), any(), any(), any())).willReturn(SeededCatalogue.GDP);

        assertThat(revise(withMore(GDP_AT_CONSTANT_PRICES, "\"status\":\"ACTIVE\""), "\"1\"")).hasStatusOk();

        verifyNoInteractions(reading);
    }

    @Test
    void theRevisedIndicatorIsAnsweredWithItsNewVersionAsETag() {
        given(revising.revise(anyString(), anyLong(), any(), any(), any())).willReturn(SeededCatalogue.retired(
                SeededCatalogue.GDP));

        assertThat(revise(GDP_AT_CONSTANT_PRICES, "\"1\"")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void anIndicatorSentBackAsReadIsTakenWithItsChanges() {
        given(revising.revise(anyString(), anyLong(), any(), any(), any())).willReturn(SeededCatalogue.GDP);

        assertThat(revise(withMore(GDP_AT_CONSTANT_PRICES, "\"code\":\"GDP\",\"status\":\"ACTIVE\","
                + "\"version\":1,\"changedAt\":\"2026-01-01T00:00:00Z\",\"changedBy\":\"system:seed\""), "\"1\""))
                .hasStatusOk();

        verify(revising).revise(eq("GDP"), eq(1L), any(), eq(IndicatorStatus.ACTIVE), eq(Callers.ZONE_OFFICE));
    }

    @Test
    void aChangedCodeIsRefusedNamingIt() {
        assertThat(revise(withMore(GDP_AT_CONSTANT_PRICES, "\"code\":\"GDP_CONSTANT\""), "\"1\""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("code");
        verifyNoInteractions(revising);
    }

    @Test
    void aChangedStatusTheUseCaseRefusesIsUnprocessableNamingIt() {
        given(revising.revise(anyString(), anyLong(), any(), eq(IndicatorStatus.RETIRED), any())).willThrow(
                new InvalidInputException(Violation.of("status", "is ACTIVE and cannot be changed by a revision",
                        "RETIRED")));

        assertThat(revise(withMore(GDP_AT_CONSTANT_PRICES, "\"status\":\"RETIRED\""), "\"1\""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field")
                .isEqualTo("status");
    }

    @Test
    void anUnknownStatusIsRefusedNamingIt() {
        assertThat(revise(withMore(GDP_AT_CONSTANT_PRICES, "\"status\":\"DORMANT\""), "\"1\""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("status");
        verifyNoInteractions(revising);
    }

    @Test
    void aRevisionSentBackAsReadWhileAnotherRetiredTheIndicatorIsStale() {
        // What a read outside the revision's transaction would see: the other change is in.
        given(reading.get("GDP")).willReturn(SeededCatalogue.retired(SeededCatalogue.GDP));
        given(revising.revise(anyString(), anyLong(), any(), any(), any())).willThrow(new StaleVersionException(1, 2));

        assertThat(revise(withMore(GDP_AT_CONSTANT_PRICES, "\"status\":\"ACTIVE\""), "\"1\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED).hasHeader(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void aRevisionWithoutIfMatchIsPreconditionRequired() {
        assertThat(revise(GDP_AT_CONSTANT_PRICES, null)).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
                .bodyJson().extractingPath("$.field").isEqualTo("If-Match");
        verifyNoInteractions(revising);
    }

    @Test
    void aMalformedIfMatchIsRefusedNamingIt() {
        assertThat(revise(GDP_AT_CONSTANT_PRICES, "yesterday")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("If-Match");
        verifyNoInteractions(revising);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedNamingTheCurrentVersion() {
        given(revising.revise(anyString(), anyLong(), any(), any(), any())).willThrow(new StaleVersionException(1, 2));

        assertThat(revise(GDP_AT_CONSTANT_PRICES, "\"1\"")).hasStatus(HttpStatus.PRECONDITION_FAILED)
                .hasHeader(HttpHeaders.ETAG, "\"2\"").bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
    }

    @Test
    void aRetirementIsMadeAgainstTheVersionIfMatchNames() {
        given(retiring.retire(anyString(), anyLong(), any(), any())).willReturn(SeededCatalogue.retired(
                SeededCatalogue.GDP));

        assertThat(send(mvc.post().uri(GDP + "/retirement").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"reason\":\"Replaced by GDP at constant prices\"}")).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"2\"");

        verify(retiring).retire("GDP", 1, "Replaced by GDP at constant prices", Callers.ZONE_OFFICE);
    }

    @Test
    void aRetirementWithoutIfMatchIsPreconditionRequired() {
        assertThat(send(mvc.post().uri(GDP + "/retirement"), "{\"reason\":\"Replaced\"}"))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED);
        verifyNoInteractions(retiring);
    }

    @Test
    void aReadWithoutATokenIsUnauthenticated() {
        assertThat(mvc.get().uri(GDP)).hasStatus(HttpStatus.UNAUTHORIZED)
                .headers().hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
                        values -> assertThat(values.getFirst()).startsWith("Bearer"));
        verifyNoInteractions(reading);
    }

    @Test
    void aTokenTheZoneDidNotIssueIsUnauthenticated() {
        assertThat(mvc.get().uri(GDP).header(HttpHeaders.AUTHORIZATION, "Bearer forged"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(reading);
    }

    @Test
    void aReadWithoutTheReadScopeIsForbiddenNamingTheRule() {
        assertThat(mvc.get().uri(GDP).with(SliceTokens.as(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").asString().contains("zone.read");
        verifyNoInteractions(reading);
    }

    @Test
    void aDefinitionWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                .content(URBANIZATION_RATE)).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(defining);
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.LIUYANG));
    }

    private MockMvcRequestBuilder revise(String json, String ifMatch) {
        MockMvcRequestBuilder request = send(mvc.put().uri(GDP), json);
        return ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    /** The JSON object with more properties at its end. */
    private static String withMore(String json, String properties) {
        return json.substring(0, json.lastIndexOf('}')) + "," + properties + "}";
    }

    /** As the zone office sends it. */
    private static MockMvcRequestBuilder send(MockMvcRequestBuilder request, String json) {
        return request.with(SliceTokens.as(Callers.ZONE_OFFICE)).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
