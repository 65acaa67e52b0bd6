package zone.xianggan.registry.county.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.RegistryWebSlice;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.county.application.RegisterCounty;
import zone.xianggan.registry.county.application.RegisteringCounty;
import zone.xianggan.registry.county.application.RetireCounty;
import zone.xianggan.registry.county.application.RetiringCounty;
import zone.xianggan.registry.county.application.ReviseCounty;
import zone.xianggan.registry.county.application.RevisingCounty;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyDetails;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.CountyStatus;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@RegistryWebSlice
class CountyControllerTest {

    private static final String NINGXIANG = """
            {"code":"430182","nameZh":"宁乡市","nameEn":"Ningxiang","kind":"COUNTY_LEVEL_CITY",
             "reason":"after the 2026 administrative adjustment"}""";
    private static final String LIUYANG_CITY = """
            {"nameZh":"浏阳市","nameEn":"Liuyang City","kind":"COUNTY_LEVEL_CITY"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReadingCounties reading;

    @Autowired
    RegisteringCounty registering;

    @Autowired
    RevisingCounty revising;

    @Autowired
    RetiringCounty retiring;

    @Test
    void aUnitIsReadWithItsVersionAsETag() {
        given(reading.get(Units.LIUYANG)).willReturn(Units.liuyang());

        assertThat(read("/api/v1/counties/430181")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().extractingPath("$.nameEn").isEqualTo("Liuyang");
    }

    @Test
    void theListPassesItsFiltersToTheUseCase() {
        assertThat(read("/api/v1/counties?province=360000&cluster=core&kind=COUNTY&status=ACTIVE")).hasStatusOk();

        verify(reading).list("360000", null, "core", CountyKind.COUNTY, CountyStatus.ACTIVE);
    }

    @Test
    void updatedAfterListsOnlyTheUnitsChangedSinceRetiredOnesIncludedByChangeTime() {
        given(reading.list(null, null, null, null, null)).willReturn(List.of(Units.retired(Units.liling()),
                Units.liuyang(), Units.suichuan()));

        assertThat(read("/api/v1/counties?updatedAfter=2026-01-01T00:00:00Z")).hasStatusOk()
                .bodyJson().extractingPath("$[*].code").asArray().containsExactly("430281");
    }

    @Test
    void aMalformedUpdatedAfterIsRefusedNamingIt() {
        assertThat(read("/api/v1/counties?updatedAfter=2026-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo("updatedAfter");
        verifyNoInteractions(reading);
    }

    @Test
    void aMalformedCodeIsRefusedNamingIt() {
        assertThat(read("/api/v1/counties/43018x")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo("code");
        verifyNoInteractions(reading);
    }

    @Test
    void anUnknownUnitIsNotFound() {
        given(reading.get(new CountyCode("430999"))).willThrow(new NotFoundException("county", "430999"));

        assertThat(read("/api/v1/counties/430999")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.id").isEqualTo("430999");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() {
        assertThat(read("/api/v1/counties?kind=TOWN")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("kind");
    }

    @Test
    void aMalformedProvinceFilterIsRefusedNamingIt() {
        assertThat(read("/api/v1/counties?province=43")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("province");
    }

    @Test
    void aRegistrationIsCreatedAtTheUnitsAddress() {
        given(registering.register(any(), any())).willReturn(ningxiang());

        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/v1/counties/430182").hasHeader(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void aRegistrationIsTheCallersCommand() {
        given(registering.register(any(), any())).willReturn(ningxiang());

        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG)).hasStatus(HttpStatus.CREATED);

        verify(registering).register(new RegisterCounty("430182", "宁乡市", "Ningxiang", CountyKind.COUNTY_LEVEL_CITY,
                null, null, "after the 2026 administrative adjustment"), Callers.HUNAN_DRC);
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG.replace("}", ",\"population\":1}")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("population");
        verifyNoInteractions(registering);
    }

    @Test
    void anUnknownKindInTheBodyIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG.replace("COUNTY_LEVEL_CITY", "TOWN")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("kind");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() {
        assertThat(send(mvc.post().uri("/api/v1/counties"), "{\"code\":")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("body");
    }

    @Test
    void aRuleTheRegistrationBreaksIsUnprocessableNamingTheField() {
        given(registering.register(any(), any())).willThrow(new InvalidInputException(Violation.of("provinceCode",
                "the first two digits of 430182 are those of province 430000", "360000")));

        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.field").isEqualTo("provinceCode");
    }

    @Test
    void aUnitAlreadyRegisteredIsAConflict() {
        given(registering.register(any(), any())).willThrow(new ConflictException("unit 430182 is registered"));

        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aChangeThePolicyRefusesIsForbiddenNamingTheRule() {
        given(registering.register(any(), any())).willThrow(new NotPermittedException("the DRC of 430000"));

        assertThat(send(mvc.post().uri("/api/v1/counties"), NINGXIANG)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.rule").isEqualTo("the DRC of 430000");
    }

    @Test
    void aRevisionIsMadeAgainstTheVersionIfMatchNames() {
        given(revising.revise(any(), anyLong(), any(), any())).willReturn(Units.liuyang());

        assertThat(send(mvc.put().uri("/api/v1/counties/430181").header(HttpHeaders.IF_MATCH, "\"3\""),
                LIUYANG_CITY)).hasStatusOk();

        verify(revising).revise(Units.LIUYANG, 3, new ReviseCounty("浏阳市", "Liuyang City",
                CountyKind.COUNTY_LEVEL_CITY, null), Callers.HUNAN_DRC);
    }

    @Test
    void theRevisedUnitIsAnsweredWithItsNewVersionAsETag() {
        County revised = Units.liuyang().revise(new CountyDetails("浏阳市", "Liuyang City",
                CountyKind.COUNTY_LEVEL_CITY), Units.SEEDED_AT, Callers.HUNAN_DRC.actor()).orElseThrow().after();
        given(revising.revise(any(), anyLong(), any(), any())).willReturn(revised);

        assertThat(send(mvc.put().uri("/api/v1/counties/430181").header(HttpHeaders.IF_MATCH, "\"1\""),
                LIUYANG_CITY)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void aRevisionWithoutIfMatchIsPreconditionRequired() {
        assertThat(send(mvc.put().uri("/api/v1/counties/430181"), LIUYANG_CITY))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED).bodyJson().extractingPath("$.field").isEqualTo("If-Match");
        verifyNoInteractions(revising);
    }

    @Test
    void aMalformedIfMatchIsRefusedNamingIt() {
        assertThat(send(mvc.put().uri("/api/v1/counties/430181").header(HttpHeaders.IF_MATCH, "yesterday"),
                LIUYANG_CITY)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field")
                .isEqualTo("If-Match");
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedNamingTheCurrentVersion() {
        given(revising.revise(any(), anyLong(), any(), any())).willThrow(new StaleVersionException(1, 2));

        assertThat(send(mvc.put().uri("/api/v1/counties/430181").header(HttpHeaders.IF_MATCH, "\"1\""),
                LIUYANG_CITY)).hasStatus(HttpStatus.PRECONDITION_FAILED).hasHeader(HttpHeaders.ETAG, "\"2\"")
                .bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
    }

    @Test
    void theReadOnlyFieldsSentBackReachTheUseCaseToCheckAgainstTheVersionItLocks() {
        given(revising.revise(any(), anyLong(), any(), any())).willReturn(Units.liuyang());

        assertThat(send(mvc.put().uri("/api/v1/counties/430181").header(HttpHeaders.IF_MATCH, "\"1\""),
                LIUYANG_CITY.replace("}", ",\"status\":\"RETIRED\",\"clusters\":[]}"))).hasStatusOk();

        verify(revising).revise(Units.LIUYANG, 1, new ReviseCounty("浏阳市", "Liuyang City",
                CountyKind.COUNTY_LEVEL_CITY, null, new ReviseCounty.ReadOnlyFields(null, null, null, List.of(), null,
                        "RETIRED", null, null)), Callers.HUNAN_DRC);
        verifyNoInteractions(reading);
    }

    @Test
    void aReadOnlyFieldSentChangedIsRefusedNamingIt() {
        given(revising.revise(any(), anyLong(), any(), any())).willThrow(new InvalidInputException(
                Violation.of("status", "cannot be changed here: a unit is retired by its retirement", "RETIRED")));

        assertThat(send(mvc.put().uri("/api/v1/counties/430181").header(HttpHeaders.IF_MATCH, "\"1\""),
                LIUYANG_CITY.replace("}", ",\"status\":\"RETIRED\"}")))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("status");
    }

    @Test
    void aRetirementIsMadeAgainstTheVersionIfMatchNames() {
        given(retiring.retire(any(), anyLong(), any(), any())).willReturn(Units.retired(Units.liuyang()));

        assertThat(send(mvc.post().uri("/api/v1/counties/430181/retirement").header(HttpHeaders.IF_MATCH, "\"1\""),
                """
                {"successorCode":"430281","retiredOn":"2026-02-01","reason":"merged"}""")).hasStatusOk();

        verify(retiring).retire(Units.LIUYANG, 1, new RetireCounty("430281", LocalDate.parse("2026-02-01"),
                "merged"), Callers.HUNAN_DRC);
    }

    @Test
    void aRetirementWithoutIfMatchIsPreconditionRequired() {
        assertThat(send(mvc.post().uri("/api/v1/counties/430181/retirement"), "{\"reason\":\"merged\"}"))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED);
        verifyNoInteractions(retiring);
    }

    @Test
    void aReadWithoutATokenIsUnauthenticated() {
        assertThat(mvc.get().uri("/api/v1/counties/430181")).hasStatus(HttpStatus.UNAUTHORIZED)
                .headers().hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
                        values -> assertThat(values.getFirst()).startsWith("Bearer"));
        verifyNoInteractions(reading);
    }

    @Test
    void aTokenTheZoneDidNotIssueIsUnauthenticated() {
        assertThat(mvc.get().uri("/api/v1/counties/430181").header(HttpHeaders.AUTHORIZATION, "Bearer forged"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aReadWithoutTheReadScopeIsForbiddenNamingTheRule() {
        assertThat(mvc.get().uri("/api/v1/counties/430181").with(SliceTokens.as(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").asString().contains("zone.read");
        verifyNoInteractions(reading);
    }

    @Test
    void aRegistrationWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri("/api/v1/counties").contentType(MediaType.APPLICATION_JSON).content(NINGXIANG))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(registering);
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.HUNAN_DRC));
    }

    private static MockMvcRequestBuilder send(MockMvcRequestBuilder request, String json) {
        return request.with(SliceTokens.as(Callers.HUNAN_DRC)).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static County ningxiang() {
        return County.register(new CountyCode("430182"), new CountyDetails("宁乡市", "Ningxiang",
                CountyKind.COUNTY_LEVEL_CITY), Units.CHANGSHA, Set.of(), Units.SEEDED_AT, Callers.HUNAN_DRC.actor());
    }
}
