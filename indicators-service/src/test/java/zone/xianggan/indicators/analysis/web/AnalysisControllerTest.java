package zone.xianggan.indicators.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.BDDMockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import zone.xianggan.indicators.IndicatorsWebSlice;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.application.AggregateResult;
import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.application.CheckingCompleteness;
import zone.xianggan.indicators.analysis.application.CompletenessReport;
import zone.xianggan.indicators.analysis.model.Aggregate;
import zone.xianggan.indicators.analysis.model.Completeness;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.reporting.model.Sources;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IndicatorsWebSlice
class AnalysisControllerTest {

    private static final Period YEAR_2024 = Period.year(2024);
    private static final Set<String> ZONE_UNITS = Set.of(ZoneUnits.LIUYANG, ZoneUnits.LILING, ZoneUnits.SHANGLI,
            ZoneUnits.JINGGANGSHAN);
    private static final List<String> REPORTED = List.of(ZoneUnits.SHANGLI, ZoneUnits.LIUYANG, ZoneUnits.LILING);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AggregatingValues aggregating;

    @Autowired
    CheckingCompleteness completeness;

    @Test
    void anAggregateIsAskedForTheIndicatorPeriodScopeAndSource() {
        givenAnAggregate().willReturn(zoneGdp("2024", "Yearbook"));

        assertThat(read("/api/v1/aggregates?indicator=GDP&period=2024&scope=province:430000&source=Yearbook"))
                .hasStatusOk();

        verify(aggregating).aggregate("GDP", YEAR_2024, new Scope.ProvincePart(ZoneUnits.HUNAN), "Yearbook");
    }

    @Test
    void anAggregateWithoutAScopeIsTheZones() {
        givenAnAggregate().willReturn(zoneGdp("2024", "Yearbook"));

        assertThat(read("/api/v1/aggregates?indicator=GDP&period=2024")).hasStatusOk();

        verify(aggregating).aggregate("GDP", YEAR_2024, new Scope.Zone(), null);
    }

    @Test
    void anAggregateShowsWhatItRestsOn() {
        givenAnAggregate().willReturn(zoneGdp("2024", "Yearbook"));

        assertThat(read("/api/v1/aggregates?indicator=GDP&period=2024")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"indicator":"GDP","period":"2024","scope":"zone","method":"SUM","rule":"Σ GDP",
                         "value":340,"unitsInScope":4,"coveredCount":3,"missingCount":1,"missing":["360881"],
                         "synthetic":false}""");
    }

    @Test
    void anAggregateOfSyntheticSampleDataSaysSo() {
        givenAnAggregate().willReturn(zoneGdp("2024", Sources.SYNTHETIC_SAMPLE));

        assertThat(read("/api/v1/aggregates?indicator=GDP&period=2024")).hasStatusOk().bodyJson()
                .extractingPath("$.synthetic").isEqualTo(true);
    }

    @Test
    void aMalformedScopeIsRefusedNamingIt() {
        assertMalformed(read("/api/v1/aggregates?indicator=GDP&period=2024&scope=county:430181"), "scope");
        verifyNoInteractions(aggregating);
    }

    @Test
    void aMalformedPeriodIsRefusedNamingIt() {
        assertMalformed(read("/api/v1/aggregates?indicator=GDP&period=2024Q5"), "period");
        verifyNoInteractions(aggregating);
    }

    @Test
    void anAggregateWithoutAPeriodIsRefusedNamingIt() {
        assertMalformed(read("/api/v1/aggregates?indicator=GDP"), "period");
        verifyNoInteractions(aggregating);
    }

    @Test
    void aMalformedIndicatorIsRefusedNamingIt() {
        assertMalformed(read("/api/v1/aggregates?indicator=gdp&period=2024"), "indicator");
        verifyNoInteractions(aggregating);
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        givenAnAggregate().willThrow(new NotFoundException("indicator", "GDP_PER_CAPITA"));

        assertThat(read("/api/v1/aggregates?indicator=GDP_PER_CAPITA&period=2024"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aScopeTheRegistryHasNoUnitsForIsUnprocessableNamingIt() {
        givenAnAggregate().willThrow(new InvalidInputException(
                Violation.of("scope", "no city cluster nowhere in the registry", "cluster:nowhere")));

        assertThat(read("/api/v1/aggregates?indicator=GDP&period=2024&scope=cluster:nowhere"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field")
                .isEqualTo("scope");
    }

    @Test
    void theSeriesIsAskedForTheIndicatorAndScope() {
        assertThat(read("/api/v1/aggregates/series?indicator=GDP&scope=cluster:west")).hasStatusOk();

        verify(aggregating).series("GDP", new Scope.Cluster("west"), null);
    }

    @Test
    void theSeriesListsEachPeriodInTheUseCasesOrder() {
        given(aggregating.series(anyString(), any(Scope.class), any())).willReturn(List.of(zoneGdp("2023", null),
                zoneGdp("2024", null)));

        assertThat(read("/api/v1/aggregates/series?indicator=GDP")).hasStatusOk().bodyJson()
                .extractingPath("$[*].period").isEqualTo(List.of("2023", "2024"));
    }

    @Test
    void completenessIsAskedForTheIndicatorPeriodAndScope() {
        given(completeness.completeness(any(), any(), any(), any())).willReturn(zoneGdpCompleteness());

        assertThat(read("/api/v1/completeness?indicator=GDP&period=2024&scope=units:430281,430181")).hasStatusOk();

        verify(completeness).completeness("GDP", YEAR_2024, new Scope.Units(List.of(ZoneUnits.LIUYANG,
                ZoneUnits.LILING)), null);
    }

    @Test
    void completenessShowsEachProvincesPart() {
        given(completeness.completeness(any(), any(), any(), any())).willReturn(zoneGdpCompleteness());

        assertThat(read("/api/v1/completeness?indicator=GDP&period=2024")).hasStatusOk().bodyJson()
                .extractingPath("$.byProvince['360000'].missing").isEqualTo(List.of(ZoneUnits.JINGGANGSHAN));
    }

    @Test
    void theCompletenessSummaryIsAskedForThePeriodScopeAndSource() {
        assertThat(read("/api/v1/completeness/summary?period=2024&source=Yearbook")).hasStatusOk();

        verify(completeness).summary(YEAR_2024, new Scope.Zone(), "Yearbook");
    }

    @Test
    void anAggregateAskedForWithoutATokenIsUnauthenticated() {
        assertThat(mvc.get().uri("/api/v1/aggregates?indicator=GDP&period=2024"))
                .hasStatus(HttpStatus.UNAUTHORIZED).headers().hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
                        values -> assertThat(values.getFirst()).startsWith("Bearer"));
        verifyNoInteractions(aggregating);
    }

    @Test
    void completenessAskedForWithoutTheReadScopeIsForbiddenNamingTheRule() {
        assertThat(mvc.get().uri("/api/v1/completeness?indicator=GDP&period=2024")
                .with(SliceTokens.as(Callers.WITHOUT_SCOPES))).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.rule").asString().contains("zone.read");
        verifyNoInteractions(completeness);
    }

    private BDDMockito.BDDMyOngoingStubbing<AggregateResult> givenAnAggregate() {
        return given(aggregating.aggregate(anyString(), any(Period.class), any(Scope.class), any()));
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.HUNAN_DRC));
    }

    private static void assertMalformed(MockMvcRequestBuilder request, String field) {
        assertThat(request).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    /** The zone's GDP: 340, from three of its four units, every figure from {@code source}. */
    private static AggregateResult zoneGdp(String period, String source) {
        return new AggregateResult(SeededCatalogue.GDP, Period.parse("period", period), new ScopeUnits(
                new Scope.Zone(), ZONE_UNITS), source, new Aggregate(new BigDecimal("340"), "Σ GDP", Map.of(),
                REPORTED, List.of(ZoneUnits.JINGGANGSHAN), Map.of(source == null ? "(none given)" : source, 3)));
    }

    private static CompletenessReport zoneGdpCompleteness() {
        Set<String> reporting = Set.copyOf(REPORTED);
        return new CompletenessReport(SeededCatalogue.GDP, YEAR_2024, "zone", null,
                Completeness.of(ZONE_UNITS, reporting), Map.of(
                        ZoneUnits.HUNAN, Completeness.of(Set.of(ZoneUnits.LIUYANG, ZoneUnits.LILING), reporting),
                        ZoneUnits.JIANGXI, Completeness.of(Set.of(ZoneUnits.SHANGLI, ZoneUnits.JINGGANGSHAN),
                                reporting)));
    }
}
