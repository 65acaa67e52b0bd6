package zone.xianggan.indicators.sdmx.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import zone.xianggan.indicators.IndicatorsWebSlice;
import zone.xianggan.indicators.sdmx.SdmxObservations;
import zone.xianggan.indicators.sdmx.application.ExportingStatistics;
import zone.xianggan.indicators.sdmx.model.DataQuery;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IndicatorsWebSlice
class SdmxControllerTest {

    private static final String DATA = "/api/v1/sdmx/data/dataflow/XIANGGAN/ZONE_INDICATORS/1.0.0/";
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ExportingStatistics statistics;

    @Test
    void theKeyAndTheTimeFilterReachTheExport() {
        givenTheObservations();

        assertThat(read(DATA + "430181+360322.GDP").param("c[TIME_PERIOD]", "ge:2020+le:2024")).hasStatusOk();

        verify(statistics).observations(new DataQuery(Set.of("430181", "360322"), Set.of("GDP"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void withoutAPreferenceTheDataIsSdmxCsv() {
        givenTheObservations();

        assertThat(read(DATA + "*")).hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_TYPE, "application/vnd.sdmx.data+csv;version=2.0.0;charset=UTF-8")
                .bodyText().startsWith("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE");
    }

    @Test
    void sdmxJsonIsWrittenWhenAccepted() {
        givenTheObservations();

        assertThat(read(DATA + "*").header(HttpHeaders.ACCEPT, SdmxFormat.SDMX_JSON_TYPE)).hasStatusOk()
                .hasContentType("application/vnd.sdmx.data+json;version=2.0.0").bodyJson()
                .extractingPath("$.data.dataSets[0].action").isEqualTo("Information");
    }

    @Test
    void plainCsvIsWrittenForABrowserOrASpreadsheet() {
        givenTheObservations();

        assertThat(read(DATA + "*").header(HttpHeaders.ACCEPT, "text/csv")).hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8");
    }

    @Test
    void theFormatParameterOverridesAccept() {
        givenTheObservations();

        assertThat(read(DATA + "*?format=json").header(HttpHeaders.ACCEPT, "text/csv")).hasStatusOk()
                .hasContentType("application/json");
    }

    @Test
    void theWholeDataflowMayBeAskedForWithoutAKey() {
        givenTheObservations();

        assertThat(read("/api/v1/sdmx/data/dataflow/XIANGGAN/ZONE_INDICATORS/1.0.0")).hasStatusOk();

        verify(statistics).observations(DataQuery.EVERYTHING);
    }

    @Test
    void aFormatItDoesNotWriteIsNotAcceptableNamingAccept() {
        assertThat(read(DATA + "*").header(HttpHeaders.ACCEPT, "application/vnd.sdmx.genericdata+xml;version=2.1"))
                .hasStatus(HttpStatus.NOT_ACCEPTABLE).hasContentType(PROBLEM).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("Accept");
        verifyNoInteractions(statistics);
    }

    @Test
    void aQueryPartNotImplementedIsRefusedNamingTheParameter() {
        assertThat(read(DATA + "*?updatedAfter=2026-01-01T00:00:00Z").header(HttpHeaders.ACCEPT,
                SdmxFormat.SDMX_CSV_TYPE)).hasStatus(HttpStatus.NOT_IMPLEMENTED).hasContentType(PROBLEM).bodyJson()
                .extractingPath("$.field").isEqualTo("updatedAfter");
        verifyNoInteractions(statistics);
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheKey() {
        assertThat(read(DATA + "GDP.430181").header(HttpHeaders.ACCEPT, SdmxFormat.SDMX_JSON_TYPE))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(PROBLEM).bodyJson().extractingPath("$.field")
                .isEqualTo("key");
        verifyNoInteractions(statistics);
    }

    @Test
    void aDataflowOtherThanTheZonesIsNotFound() {
        assertThat(read("/api/v1/sdmx/data/dataflow/ECB/EXR/1.0.0/*")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(read("/api/v1/sdmx/data/dataflow/XIANGGAN/ZONE_INDICATORS/2.0.0/*"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aQueryWithoutResultsIsNotFound() {
        given(statistics.observations(any())).willThrow(new NotFoundException("data", "for this query"));

        assertThat(read(DATA + "430181.GDP").header(HttpHeaders.ACCEPT, SdmxFormat.SDMX_CSV_TYPE))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentType(PROBLEM);
    }

    @Test
    void aReaderWithoutATokenIsUnauthorized() {
        assertThat(mvc.get().uri(DATA + "*")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(statistics);
    }

    @Test
    void aReaderWithoutZoneReadIsForbidden() {
        assertThat(mvc.get().uri(DATA + "*").with(SliceTokens.as(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(statistics);
    }

    @Test
    void aCodelistIsAnSdmxJsonStructureMessage() {
        given(statistics.areas()).willReturn(SdmxObservations.AREAS);

        assertThat(read("/api/v1/sdmx/structure/codelist/XIANGGAN/CL_AREA/1.0.0")).hasStatusOk()
                .hasContentType(SdmxFormat.STRUCTURE_JSON_TYPE).bodyJson().extractingPath(
                        "$.data.codelists[0].codes[?(@.id == '430181')].parent").asArray().containsExactly("430000");
    }

    @Test
    void anUnknownCodelistIsNotFound() {
        assertThat(read("/api/v1/sdmx/structure/codelist/XIANGGAN/CL_FREQ/1.0.0")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDataStructureWithItsReferencesHoldsItsCodelists() {
        assertThat(theDataStructureWithItsReferences()).hasStatusOk().bodyJson()
                .extractingPath("$.data.codelists[*].id").asArray().containsExactly("CL_AREA", "CL_INDICATOR");
    }

    @Test
    void theDataStructureWithItsReferencesHoldsItsConceptScheme() {
        assertThat(theDataStructureWithItsReferences()).hasStatusOk().bodyJson()
                .extractingPath("$.data.conceptSchemes[*].id").asArray()
                .containsExactly(ZoneIndicators.CONCEPT_SCHEME);
    }

    private MockMvcRequestBuilder theDataStructureWithItsReferences() {
        given(statistics.areas()).willReturn(SdmxObservations.AREAS);
        given(statistics.indicators()).willReturn(SdmxObservations.INDICATORS);
        return read("/api/v1/sdmx/structure/datastructure/XIANGGAN/DSD_ZONE_INDICATORS/1.0.0?references=children");
    }

    private void givenTheObservations() {
        given(statistics.observations(any())).willReturn(SdmxObservations.ALL);
        given(statistics.areas()).willReturn(SdmxObservations.AREAS);
        given(statistics.indicators()).willReturn(SdmxObservations.INDICATORS);
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.HUNAN_DRC));
    }
}
