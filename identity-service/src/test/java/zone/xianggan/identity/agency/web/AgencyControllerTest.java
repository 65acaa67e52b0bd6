package zone.xianggan.identity.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import zone.xianggan.events.Topics;
import zone.xianggan.identity.Accounts;
import zone.xianggan.identity.IdentityWebSlice;
import zone.xianggan.identity.agency.application.DisablingAgency;
import zone.xianggan.identity.agency.application.EnablingAgency;
import zone.xianggan.identity.agency.application.GrantingTopics;
import zone.xianggan.identity.agency.application.IssuedSecret;
import zone.xianggan.identity.agency.application.ReadingAgencies;
import zone.xianggan.identity.agency.application.RegisteringAgency;
import zone.xianggan.identity.agency.application.RotatingAgencySecret;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IdentityWebSlice
class AgencyControllerTest {

    private static final String AGENCIES = "/api/v1/agencies";
    private static final String STATISTICS = """
            {"id":"hunan-stats","kind":"SUBSCRIBER","nameZh":"湖南省统计局","nameEn":"Hunan Statistics Bureau",
             "topics":["registry.counties.v1"],"reason":"pilot subscriber"}""";
    private static final String ISSUED = "s3cr3t-issued-once-s3cr3t-issued-once-s3cr3";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReadingAgencies reading;

    @Autowired
    RegisteringAgency registering;

    @Autowired
    RotatingAgencySecret rotating;

    @Autowired
    DisablingAgency disabling;

    @Autowired
    EnablingAgency enabling;

    @Autowired
    GrantingTopics granting;

    // --- reading

    @Test
    void theRegisterIsListedAsTheUseCaseReadsIt() {
        given(reading.list(null, Callers.ZONE_OFFICE)).willReturn(List.of(Accounts.subscriber(), Accounts.liuyang()));

        assertThat(read(AGENCIES)).hasStatusOk().bodyJson().extractingPath("$[*].id").asArray()
                .containsExactly("demo-subscriber", "liuyang");
    }

    @Test
    void theListPassesTheKindAskedForToTheUseCase() {
        assertThat(read(AGENCIES + "?kind=UNIT_AGENCY")).hasStatusOk();

        verify(reading).list(AgencyKind.UNIT_AGENCY, Callers.ZONE_OFFICE);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() {
        assertThat(read(AGENCIES + "?kind=MAYOR")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("kind");
        verifyNoInteractions(reading);
    }

    @Test
    void theRegisterComesInPages() {
        given(reading.list(null, Callers.ZONE_OFFICE)).willReturn(List.of(Accounts.subscriber(), Accounts.liuyang()));

        assertThat(read(AGENCIES + "?limit=1")).hasStatusOk()
                .headers().hasHeaderSatisfying(HttpHeaders.LINK,
                        values -> assertThat(values.getFirst()).endsWith("rel=\"next\""));
    }

    @Test
    void anAgencyIsReadWithItsVersionAsETag() {
        given(reading.get("liuyang", Callers.ZONE_OFFICE)).willReturn(Accounts.liuyang());

        assertThat(read(AGENCIES + "/liuyang")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().extractingPath("$.unit").isEqualTo("430181");
    }

    @Test
    void anAgencyIsShownWithoutItsSecretsHash() {
        given(reading.get("liuyang", Callers.ZONE_OFFICE)).willReturn(Accounts.liuyang());

        assertThat(read(AGENCIES + "/liuyang")).hasStatusOk().bodyText()
                .doesNotContain(Accounts.seededHash("liuyang"), "secretHash", "clientSecret");
    }

    @Test
    void aMalformedIdIsRefusedNamingIt() {
        assertThat(read(AGENCIES + "/NOBODY")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo("id");
        verifyNoInteractions(reading);
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        given(reading.get("nobody", Callers.ZONE_OFFICE)).willThrow(new NotFoundException("agency", "nobody"));

        assertThat(read(AGENCIES + "/nobody")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.id").isEqualTo("nobody");
    }

    @Test
    void theHistoryShowsWhoMadeEachChange() {
        given(reading.history("liuyang", Callers.ZONE_OFFICE)).willReturn(List.of(new HistoryEntry<>("liuyang", 2,
                ChangeType.DISABLED, Callers.ZONE_OFFICE.actor(), Accounts.SEEDED_AT, "contract ended",
                Map.of("enabled", new FieldChange(true, false)))));

        assertThat(read(AGENCIES + "/liuyang/history")).hasStatusOk().bodyJson().extractingPath("$[0]")
                .asMap().containsEntry("changeType", "DISABLED").containsEntry("actor", "zone-office")
                .containsEntry("person", "planner");
    }

    @Test
    void aReadByAnAgencyThatNeitherManagesNorOperatesIsForbiddenNamingTheRule() {
        assertThat(mvc.get().uri(AGENCIES + "/liuyang").with(SliceTokens.as(Callers.LIUYANG)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo(AgencyRules.READ);
        verifyNoInteractions(reading);
    }

    @Test
    void aHistoryReadByAnAgencyThatNeitherManagesNorOperatesIsForbidden() {
        assertThat(mvc.get().uri(AGENCIES + "/liuyang/history").with(SliceTokens.as(Callers.HUNAN_DRC)))
                .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(reading);
    }

    @Test
    void aReadWithoutTheReadScopeIsForbiddenNamingIt() {
        assertThat(mvc.get().uri(AGENCIES).with(SliceTokens.as(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").asString().contains("zone.read");
        verifyNoInteractions(reading);
    }

    @Test
    void aReadWithoutATokenIsUnauthenticated() {
        assertThat(mvc.get().uri(AGENCIES)).hasStatus(HttpStatus.UNAUTHORIZED)
                .headers().hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
                        values -> assertThat(values.getFirst()).startsWith("Bearer"));
        verifyNoInteractions(reading);
    }

    @Test
    void aTokenTheZoneDidNotIssueIsUnauthenticated() {
        assertThat(mvc.get().uri(AGENCIES).header(HttpHeaders.AUTHORIZATION, "Bearer forged"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    // --- registering

    @Test
    void aRegistrationIsTheCallersCommand() {
        given(registering.register(any(), any(), any())).willReturn(issued(Accounts.subscriber()));

        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS)).hasStatus(HttpStatus.CREATED);

        verify(registering).register(new Registration("hunan-stats", AgencyKind.SUBSCRIBER, null, null, "湖南省统计局",
                "Hunan Statistics Bureau", null, List.of(Topics.REGISTRY_COUNTIES_V1)), "pilot subscriber",
                Callers.ZONE_OFFICE);
    }

    @Test
    void aRegisteredAgencyIsCreatedAtItsAddressWithItsVersionAsETag() {
        given(registering.register(any(), any(), any())).willReturn(issued(Accounts.subscriber()));

        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, AGENCIES + "/demo-subscriber").hasHeader(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void theRegistrationsAnswerHoldsTheIssuedSecret() {
        given(registering.register(any(), any(), any())).willReturn(issued(Accounts.subscriber()));

        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS)).bodyJson().extractingPath("$.clientSecret")
                .isEqualTo(ISSUED);
    }

    @Test
    void theRegistrationsAnswerIsNotToBeStored() {
        given(registering.register(any(), any(), any())).willReturn(issued(Accounts.subscriber()));

        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS)).headers()
                .hasHeaderSatisfying(HttpHeaders.CACHE_CONTROL, values -> assertThat(values).contains("no-store"));
    }

    @Test
    void aSecretSentWithTheRegistrationIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS.replace("}", ",\"clientSecret\":\"mine\"}")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("clientSecret");
        verifyNoInteractions(registering);
    }

    @Test
    void anUnknownKindInTheBodyIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS.replace("SUBSCRIBER", "MAYOR")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("kind");
        verifyNoInteractions(registering);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() {
        assertThat(send(mvc.post().uri(AGENCIES), "{\"id\":")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("body");
    }

    @Test
    void aRegistrationWithoutABodyIsRefusedNamingTheBody() {
        assertThat(mvc.post().uri(AGENCIES).with(SliceTokens.as(Callers.ZONE_OFFICE)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("body");
        verifyNoInteractions(registering);
    }

    @Test
    void aRegistrationWithoutAContentTypeIsUnsupportedNamingIt() {
        assertThat(mvc.post().uri(AGENCIES).with(SliceTokens.as(Callers.ZONE_OFFICE)).content(STATISTICS))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson().extractingPath("$.field")
                .isEqualTo("Content-Type");
        verifyNoInteractions(registering);
    }

    @Test
    void aRuleTheRegistrationBreaksIsUnprocessableNamingTheField() {
        given(registering.register(any(), any(), any())).willThrow(new InvalidInputException(
                Violation.of("unit", "a unit agency names its unit", null)));

        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo("unit");
    }

    @Test
    void anIdAlreadyTakenIsAConflictNamingTheId() {
        given(registering.register(any(), any(), any())).willThrow(new ConflictException(
                "agency hunan-stats exists already", Map.of("field", "id")));

        assertThat(send(mvc.post().uri(AGENCIES), STATISTICS)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.field").isEqualTo("id");
    }

    @Test
    void aRegistrationByAnAgencyOtherThanTheZoneOfficeIsForbiddenNamingTheRule() {
        assertThat(mvc.post().uri(AGENCIES).with(SliceTokens.as(Callers.ZONE_OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).content(STATISTICS))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo(AgencyRules.MANAGE);
        verifyNoInteractions(registering);
    }

    @Test
    void aRegistrationWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri(AGENCIES).contentType(MediaType.APPLICATION_JSON).content(STATISTICS))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(registering);
    }

    // --- a new secret

    @Test
    void aNewSecretIsGivenAgainstTheVersionIfMatchNames() {
        given(rotating.rotate(any(), anyLong(), any(), any())).willReturn(issued(rotated(Accounts.liuyang())));

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"reason\":\"leaked\"}")).hasStatusOk();

        verify(rotating).rotate("liuyang", 1, "leaked", Callers.ZONE_OFFICE);
    }

    @Test
    void aNewSecretIsGivenWithoutABody() {
        given(rotating.rotate(any(), anyLong(), any(), any())).willReturn(issued(rotated(Accounts.liuyang())));

        assertThat(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.ZONE_OFFICE))).hasStatusOk();

        verify(rotating).rotate("liuyang", 1, null, Callers.ZONE_OFFICE);
    }

    @Test
    void aNewSecretsReasonWithoutAContentTypeIsUnsupportedNamingIt() {
        assertThat(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.ZONE_OFFICE)).content("{\"reason\":\"leaked\"}"))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson().extractingPath("$.field")
                .isEqualTo("Content-Type");
        verifyNoInteractions(rotating);
    }

    @Test
    void theNewSecretIsAnsweredOnceWithTheNewVersionAsETag() {
        given(rotating.rotate(any(), anyLong(), any(), any())).willReturn(issued(rotated(Accounts.liuyang())));

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "\"1\""), "{}"))
                .hasHeader(HttpHeaders.ETAG, "\"2\"").bodyJson().extractingPath("$.clientSecret").isEqualTo(ISSUED);
    }

    @Test
    void theNewSecretsAnswerIsNotToBeStored() {
        given(rotating.rotate(any(), anyLong(), any(), any())).willReturn(issued(rotated(Accounts.liuyang())));

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "\"1\""), "{}"))
                .headers().hasHeaderSatisfying(HttpHeaders.CACHE_CONTROL,
                        values -> assertThat(values).contains("no-store"));
    }

    @Test
    void aNewSecretWithoutIfMatchIsPreconditionRequired() {
        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/secret"), "{}"))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED).bodyJson().extractingPath("$.field").isEqualTo("If-Match");
        verifyNoInteractions(rotating);
    }

    @Test
    void aMalformedIfMatchIsRefusedNamingIt() {
        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "yesterday"), "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("If-Match");
        verifyNoInteractions(rotating);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedNamingTheCurrentVersion() {
        given(rotating.rotate(any(), anyLong(), any(), any())).willThrow(new StaleVersionException(1, 2));

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/secret").header(HttpHeaders.IF_MATCH, "\"1\""), "{}"))
                .hasStatus(HttpStatus.PRECONDITION_FAILED).hasHeader(HttpHeaders.ETAG, "\"2\"")
                .bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
    }

    @Test
    void aNewSecretForAnotherAgencyIsForbiddenToAUnitAgency() {
        assertThat(mvc.post().uri(AGENCIES + "/liling/secret").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.LIUYANG))).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(rotating);
    }

    // --- disabling and enabling

    @Test
    void aDisablementIsMadeAgainstTheVersionIfMatchNames() {
        given(disabling.disable(any(), anyLong(), any(), any())).willReturn(Accounts.disabled(Accounts.liuyang()));

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/disablement").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"reason\":\"contract ended\"}")).hasStatusOk();

        verify(disabling).disable("liuyang", 1, "contract ended", Callers.ZONE_OFFICE);
    }

    @Test
    void theDisabledAgencyIsAnsweredWithItsNewVersionAsETag() {
        given(disabling.disable(any(), anyLong(), any(), any())).willReturn(Accounts.disabled(Accounts.liuyang()));

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/disablement").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"reason\":\"contract ended\"}")).hasHeader(HttpHeaders.ETAG, "\"2\"")
                .bodyJson().extractingPath("$.enabled").isEqualTo(false);
    }

    @Test
    void aDisablementWithoutABodyIsRefusedNamingTheBody() {
        assertThat(mvc.post().uri(AGENCIES + "/liuyang/disablement").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.ZONE_OFFICE))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("body");
        verifyNoInteractions(disabling);
    }

    @Test
    void aDisablementTheAgencysStateRefusesIsAConflictNamingTheField() {
        given(disabling.disable(any(), anyLong(), any(), any())).willThrow(new ConflictException(
                "agency registry-service is one of the zone's own services", Map.of("field", "kind")));

        assertThat(send(mvc.post().uri(AGENCIES + "/registry-service/disablement")
                .header(HttpHeaders.IF_MATCH, "\"1\""), "{\"reason\":\"leaked\"}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.field").isEqualTo("kind");
    }

    @Test
    void aDisablementWithoutIfMatchIsPreconditionRequired() {
        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/disablement"), "{\"reason\":\"contract ended\"}"))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED);
        verifyNoInteractions(disabling);
    }

    @Test
    void aDisablementByAProvincialDrcIsForbiddenNamingTheRule() {
        assertThat(mvc.post().uri(AGENCIES + "/liling/disablement").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.JIANGXI_DRC)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"no\"}"))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo(AgencyRules.MANAGE);
        verifyNoInteractions(disabling);
    }

    @Test
    void aForbiddenCallerLearnsNothingOfAMalformedId() {
        assertThat(mvc.post().uri(AGENCIES + "/NOT_AN_ID/disablement").with(SliceTokens.as(Callers.HUNAN_DRC))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"no\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anEnablementIsMadeAgainstTheVersionIfMatchNames() {
        given(enabling.enable(any(), anyLong(), any(), any())).willReturn(Accounts.liuyang());

        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/enablement").header(HttpHeaders.IF_MATCH, "W/\"2\""),
                "{\"reason\":\"renewed\"}")).hasStatusOk();

        verify(enabling).enable("liuyang", 2, "renewed", Callers.ZONE_OFFICE);
    }

    @Test
    void anEnablementWithoutABodyIsRefusedNamingTheBody() {
        assertThat(mvc.post().uri(AGENCIES + "/liuyang/enablement").header(HttpHeaders.IF_MATCH, "\"2\"")
                .with(SliceTokens.as(Callers.ZONE_OFFICE))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("body");
        verifyNoInteractions(enabling);
    }

    @Test
    void anEnablementWithoutIfMatchIsPreconditionRequired() {
        assertThat(send(mvc.post().uri(AGENCIES + "/liuyang/enablement"), "{\"reason\":\"renewed\"}"))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED);
        verifyNoInteractions(enabling);
    }

    // --- topics

    @Test
    void theTopicsAreSetAgainstTheVersionIfMatchNames() {
        given(granting.grant(any(), anyLong(), any(), any(), any())).willReturn(Accounts.subscriber());

        assertThat(send(mvc.put().uri(AGENCIES + "/demo-subscriber/topics").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"topics\":[\"indicators.values.v1\"],\"reason\":\"dashboard\"}")).hasStatusOk();

        verify(granting).grant("demo-subscriber", 1, List.of(Topics.INDICATORS_VALUES_V1), "dashboard",
                Callers.ZONE_OFFICE);
    }

    @Test
    void topicsWithoutABodyAreRefusedNamingTheBody() {
        assertThat(mvc.put().uri(AGENCIES + "/demo-subscriber/topics").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.ZONE_OFFICE))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.field").isEqualTo("body");
        verifyNoInteractions(granting);
    }

    @Test
    void topicsThatAreNoListAreRefusedNamingThem() {
        assertThat(send(mvc.put().uri(AGENCIES + "/demo-subscriber/topics").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"topics\":{\"all\":true},\"reason\":\"dashboard\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("topics");
        verifyNoInteractions(granting);
    }

    @Test
    void aTopicTheZoneDoesNotHaveIsUnprocessableNamingTheTopics() {
        given(granting.grant(any(), anyLong(), any(), any(), any())).willThrow(new InvalidInputException(
                Violation.of("topics", "is not one of the zone's topics", "registry.secrets.v1")));

        assertThat(send(mvc.put().uri(AGENCIES + "/demo-subscriber/topics").header(HttpHeaders.IF_MATCH, "\"1\""),
                "{\"topics\":[\"registry.secrets.v1\"],\"reason\":\"x\"}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("topics");
    }

    @Test
    void aSubscriberSettingItsOwnTopicsIsForbidden() {
        assertThat(mvc.put().uri(AGENCIES + "/demo-subscriber/topics").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(Callers.WITHOUT_SCOPES)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"topics\":[],\"reason\":\"mine\"}")).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(granting);
    }

    // --- who acts

    @Test
    void theChangeIsThePersonsTheActorHeaderNames() {
        given(disabling.disable(any(), anyLong(), any(), any())).willReturn(Accounts.disabled(Accounts.liuyang()));

        assertThat(mvc.post().uri(AGENCIES + "/liuyang/disablement").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(new Caller(Callers.ZONE_OFFICE.agency(), " wang.fang ")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"audit\"}")).hasStatusOk();

        verify(disabling).disable("liuyang", 1, "audit", new Caller(Callers.ZONE_OFFICE.agency(), "wang.fang"));
    }

    @Test
    void anActorHeaderThatIsNoPersonsNameIsRefusedNamingIt() {
        assertThat(mvc.post().uri(AGENCIES + "/liuyang/disablement").header(HttpHeaders.IF_MATCH, "\"1\"")
                .with(SliceTokens.as(new Caller(Callers.ZONE_OFFICE.agency(), "a".repeat(121))))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"audit\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("X-Actor");
        verifyNoInteractions(disabling);
    }

    private MockMvcRequestBuilder read(String uri) {
        return mvc.get().uri(uri).with(SliceTokens.as(Callers.ZONE_OFFICE));
    }

    private static MockMvcRequestBuilder send(MockMvcRequestBuilder request, String json) {
        return request.with(SliceTokens.as(Callers.ZONE_OFFICE)).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static IssuedSecret issued(AgencyAccount account) {
        return new IssuedSecret(account, ISSUED);
    }

    private static AgencyAccount rotated(AgencyAccount account) {
        return account.withSecret("{sha256}new", "zone-office", Accounts.SEEDED_AT.plusSeconds(60)).after();
    }
}
