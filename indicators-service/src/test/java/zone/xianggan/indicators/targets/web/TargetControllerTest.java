package zone.xianggan.indicators.targets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;

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
import zone.xianggan.indicators.targets.application.AdoptingTarget.AdoptTarget;
import zone.xianggan.indicators.targets.application.AdoptingTarget;
import zone.xianggan.indicators.targets.application.ComparingUrbanization;
import zone.xianggan.indicators.targets.application.ReadingTargets;
import zone.xianggan.indicators.targets.application.TargetProgress;
import zone.xianggan.indicators.targets.model.Progress;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.TargetKind;
import zone.xianggan.indicators.targets.model.TargetsPolicy;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IndicatorsWebSlice
class TargetControllerTest {

    private static final String ID = "2025-gdp-jiangxi";
    private static final String TARGET = "/api/v1/targets/" + ID;
    private static final String SOURCE = "Jiangxi 14th Five-Year Plan, table 2";
    private static final Target JIANGXI_GDP = new Target(ID, 2025, "province:360000",
            PlanArea.COMPREHENSIVE_STRENGTH, "GDP", TargetKind.QUALITATIVE, "Jiangxi's part of the zone's strength",
            "Overall Plan (NDRC, October 2021)", null, null, 1, SeededCatalogue.SEEDED_AT, SeededCatalogue.SEED);
    private static final Target QUANTIFIED = JIANGXI_GDP.quantify(new BigDecimal("2500"), SOURCE,
            SeededCatalogue.SEEDED_AT, SeededCatalogue.SEED);
    private static final String ADOPTION = """
            {"id":"2025-gdp-jiangxi","year":2025,"scope":"province:360000","planArea":"COMPREHENSIVE_STRENGTH",
             "indicatorCode":"GDP","kind":"NUMERIC","statement":"Jiangxi's part of the zone's strength",
             "statementSource":"Overall Plan (NDRC, October 2021)","targetValue":2500,
             "targetSource":"Jiangxi 14th Five-Year Plan, table 2","reason":"Agreed with Jiangxi's DRC"}""";
    private static final String NUMBER = """
            {"targetValue":2500,"targetSource":"Jiangxi 14th Five-Year Plan, table 2","reason":"set at last"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReadingTargets reading;

    @Autowired
    AdoptingTarget adopting;

    @Autowired
    ComparingUrbanization comparing;

    @Test
    void aTargetIsReadWithItsVersionAsETag() {
        given(reading.get(ID, null, null)).willReturn(withoutProgress(JIANGXI_GDP));

        assertThat(read(TARGET)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().extractingPath("$.statement").isEqualTo("Jiangxi's part of the zone's strength");
    }

    @Test
    void aTargetIsReadFromTheBaselineAndSourceAskedFor() {
        given(reading.get(anyString(), any(), any())).willReturn(withoutProgress(JIANGXI_GDP));

        assertThat(read(TARGET + "?baseline=2019&source=Yearbook")).hasStatusOk();

        verify(reading).get(ID, Period.year(2019), "Yearbook");
    }

    @Test
    void aMalformedBaselineIsRefusedNamingIt() {
        assertThat(read(TARGET + "?baseline=twenty")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("baseline");
        verifyNoInteractions(reading);
    }

    @Test
    void anUnknownTargetIsNotFound() {
        given(reading.get("2025-nowhere", null, null)).willThrow(new NotFoundException("target", "2025-nowhere"));

        assertThat(read("/api/v1/targets/2025-nowhere")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.id").isEqualTo("2025-nowhere");
    }

    @Test
    void theListPassesItsFiltersToTheUseCase() {
        assertThat(read("/api/v1/targets?year=2025&scope=province:430000&planArea=RED_CULTURE&baseline=2020"
                + "&source=Yearbook")).hasStatusOk();

        verify(reading).list(2025, "province:430000", PlanArea.RED_CULTURE, Period.year(2020), "Yearbook");
    }

    @Test
    void aYearThatIsNotANumberIsRefusedNamingIt() {
        assertThat(read("/api/v1/targets?year=soon")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("year");
        verifyNoInteractions(reading);
    }

    @Test
    void theUrbanizationComparisonPassesItsYearsToTheUseCase() {
        assertThat(read("/api/v1/targets/urbanization-comparison?base=2020&year=2024&source=Yearbook"))
                .hasStatusOk();

        verify(comparing).compare(2020, 2024, "Yearbook");
        verifyNoInteractions(reading);
    }

    @Test
    void anAdoptionIsCreatedAtTheTargetsAddress() {
        given(adopting.adopt(any(), any())).willReturn(JIANGXI_GDP);
        givenProgressIsComputed();

        assertThat(send(mvc.post().uri("/api/v1/targets"), ADOPTION)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, TARGET).hasHeader(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void anAdoptionIsAnsweredWithTheTargetItMadeThoughAnotherChangedItSince() {
        given(adopting.adopt(any(), any())).willReturn(JIANGXI_GDP);
        given(reading.get(ID, null, null)).willReturn(withoutProgress(QUANTIFIED));
        givenProgressIsComputed();

        assertThat(send(mvc.post().uri("/api/v1/targets"), ADOPTION)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.ETAG, "\"1\"").bodyJson().isLenientlyEqualTo("""
                        {"id":"2025-gdp-jiangxi","version":1,"kind":"QUALITATIVE"}""");
        verify(reading).withProgress(JIANGXI_GDP, null, null);
    }

    @Test
    void anAdoptionIsTheCallersCommand() {
        given(adopting.adopt(any(), any())).willReturn(JIANGXI_GDP);
        givenProgressIsComputed();

        assertThat(send(mvc.post().uri("/api/v1/targets"), ADOPTION)).hasStatus(HttpStatus.CREATED);

        verify(adopting).adopt(new AdoptTarget(ID, 2025, "province:360000", PlanArea.COMPREHENSIVE_STRENGTH, "GDP",
                TargetKind.NUMERIC, "Jiangxi's part of the zone's strength", "Overall Plan (NDRC, October 2021)",
                new BigDecimal("2500"), SOURCE, "Agreed with Jiangxi's DRC"), Callers.ZONE_OFFICE);
    }

    @Test
    void anUnknownKindIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri("/api/v1/targets"), ADOPTION.replace("NUMERIC", "ASPIRATIONAL")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("kind");
        verifyNoInteractions(adopting);
    }

    @Test
    void anAdoptionThePolicyRefusesIsForbiddenNamingTheRule() {
        given(adopting.adopt(any(), any())).willThrow(new NotPermittedException(TargetsPolicy.RULE));

        assertThat(send(mvc.post().uri("/api/v1/targets"), ADOPTION)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.rule").isEqualTo(TargetsPolicy.RULE);
    }

    @Test
    void aNumberIsEnteredAgainstTheVersionIfMatchNames() {
        given(adopting.quantify(anyString(), anyLong(), any(), any(), any(), any())).willReturn(QUANTIFIED);
        givenProgressIsComputed();

        assertThat(quantify(NUMBER, "\"1\"")).hasStatusOk();

        verify(adopting).quantify(ID, 1, new BigDecimal("2500"), SOURCE, "set at last", Callers.ZONE_OFFICE);
    }

    @Test
    void theQuantifiedTargetIsAnsweredWithItsNewVersionAsETag() {
        given(adopting.quantify(anyString(), anyLong(), any(), any(), any(), any())).willReturn(QUANTIFIED);
        givenProgressIsComputed();

        assertThat(quantify(NUMBER, "\"1\"")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"")
                .bodyJson().extractingPath("$.targetValue").isEqualTo(2500);
    }

    @Test
    void aNumberEnteredIsAnsweredWithTheVersionItMadeThoughAnotherChangedItSince() {
        Target changedSince = QUANTIFIED.quantify(new BigDecimal("2600"), SOURCE, SeededCatalogue.SEEDED_AT,
                SeededCatalogue.SEED);
        given(adopting.quantify(anyString(), anyLong(), any(), any(), any(), any())).willReturn(QUANTIFIED);
        given(reading.get(ID, null, null)).willReturn(withoutProgress(changedSince));
        givenProgressIsComputed();

        assertThat(quantify(NUMBER, "\"1\"")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"")
                .bodyJson().isLenientlyEqualTo("""
                        {"version":2,"targetValue":2500}""");
        verify(reading).withProgress(QUANTIFIED, null, null);
    }

    @Test
    void aNumberWithoutIfMatchIsPreconditionRequired() {
        assertThat(quantify(NUMBER, null)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
        verifyNoInteractions(adopting);
    }

    @Test
    void aNumberOnAStaleVersionIsPreconditionFailedNamingTheCurrentVersion() {
        given(adopting.quantify(anyString(), anyLong(), any(), any(), any(), any()))
                .willThrow(new StaleVersionException(1, 2));

        assertThat(quantify(NUMBER, "\"1\"")).hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
    }

    @Test
    void aRuleTheNumberBreaksIsUnprocessableNamingTheField() {
        given(adopting.quantify(anyString(), anyLong(), any(), isNull(), any(), any())).willThrow(
                new InvalidInputException(Violation.of("targetSource", "is required: the document that sets it")));

        assertThat(quantify("{\"targetValue\":2500}", "\"1\"")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.field").isEqualTo("targetSource");
        verify(adopting).quantify(eq(ID), eq(1L), eq(new BigDecimal("2500")), isNull(), isNull(), any());
    }

    @Test
    void anAdoptionWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).content(ADOPTION))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(adopting);
    }

    @Test
    void aReadWithoutTheReadScopeIsForbiddenNamingTheRule() {
        assertThat(mvc.get().uri(TARGET).with(SliceTokens.as(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").asString().contains("zone.read");
        verifyNoInteractions(reading);
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.JIANGXI_DRC));
    }

    private MockMvcRequestBuilder quantify(String json, String ifMatch) {
        MockMvcRequestBuilder request = send(mvc.put().uri(TARGET + "/value"), json);
        return ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    /** As the zone office sends it. */
    private static MockMvcRequestBuilder send(MockMvcRequestBuilder request, String json) {
        return request.with(SliceTokens.as(Callers.ZONE_OFFICE)).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    /** Progress for whatever target the controller asks it of: the one it passes is the one it answers with. */
    private void givenProgressIsComputed() {
        given(reading.withProgress(any(), any(), any())).willAnswer(call -> withoutProgress(call.getArgument(0)));
    }

    private static TargetProgress withoutProgress(Target target) {
        return new TargetProgress(target, Progress.noData("no figures yet for GDP in " + target.scope(),
                target.targetValue()), null);
    }
}
