package zone.xianggan.registry.layout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.RegistryWebSlice;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.layout.application.ChangingMembers;
import zone.xianggan.registry.layout.application.ElementWithMembers;
import zone.xianggan.registry.layout.application.ReadingLayout;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.SpatialElement;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@RegistryWebSlice
class LayoutControllerTest {

    private static final String CORE = "jinggangshan-core";
    private static final String MEMBERS = "/api/v1/spatial-elements/jinggangshan-core/members";
    private static final String JINGGANGSHAN_JOINS = """
            {"members":["360881"],"reason":"zone office decision on the Jinggangshan area"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReadingLayout reading;

    @Autowired
    ChangingMembers changing;

    @Test
    void anElementIsReadWithItsVersionAsETag() {
        given(reading.get(CORE)).willReturn(core(3));

        assertThat(mvc.get().uri("/api/v1/spatial-elements/jinggangshan-core").with(SliceTokens.as(Callers.HUNAN_DRC)))
                .hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"3\"")
                .bodyJson().extractingPath("$.members").isEqualTo(List.of("360881"));
    }

    @Test
    void anUnknownElementIsNotFound() {
        given(reading.get("nowhere")).willThrow(new NotFoundException("spatial element", "nowhere"));

        assertThat(mvc.get().uri("/api/v1/spatial-elements/nowhere").with(SliceTokens.as(Callers.HUNAN_DRC)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theClustersAreTheCityClusterElements() {
        assertThat(mvc.get().uri("/api/v1/clusters").with(SliceTokens.as(Callers.HUNAN_DRC))).hasStatusOk();

        verify(reading).list(ElementKind.CITY_CLUSTER);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/spatial-elements?kind=RIVER").with(SliceTokens.as(Callers.HUNAN_DRC)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("kind");
    }

    @Test
    void aPageLimitOutOfRangeIsRefusedNamingIt() {
        assertThat(mvc.get().uri("/api/v1/clusters?limit=0").with(SliceTokens.as(Callers.HUNAN_DRC)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("limit");
        verifyNoInteractions(reading);
    }

    @Test
    void settingMembersIsTheCallersChangeAgainstTheVersionIfMatchNames() {
        given(changing.setMembers(anyString(), anyLong(), anyList(), any(), any())).willReturn(core(2));

        assertThat(setMembers(JINGGANGSHAN_JOINS, "\"1\"")).hasStatusOk();

        verify(changing).setMembers(CORE, 1, List.of("360881"), Callers.ZONE_OFFICE,
                "zone office decision on the Jinggangshan area");
    }

    @Test
    void theElementIsAnsweredWithItsNewVersionAsETag() {
        given(changing.setMembers(anyString(), anyLong(), anyList(), any(), any())).willReturn(core(2));

        assertThat(setMembers(JINGGANGSHAN_JOINS, "\"1\"")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void settingMembersWithoutIfMatchIsPreconditionRequired() {
        assertThat(setMembers(JINGGANGSHAN_JOINS, null)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
        verifyNoInteractions(changing);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedNamingTheCurrentVersion() {
        given(changing.setMembers(anyString(), anyLong(), anyList(), any(), any()))
                .willThrow(new StaleVersionException(1, 2));

        assertThat(setMembers(JINGGANGSHAN_JOINS, "\"1\"")).hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
    }

    @Test
    void membersThatAreNotAListAreRefusedNamingTheField() {
        assertThat(setMembers("{\"members\":\"360881\",\"reason\":\"r\"}", "\"1\""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("members");
        verifyNoInteractions(changing);
    }

    @Test
    void aMalformedMemberIsRefusedNamingItsEntry() {
        given(changing.setMembers(anyString(), anyLong(), anyList(), any(), any())).willThrow(
                new MalformedInputException(Violation.of("members[1]", "must be a six-digit code", "36088")));

        assertThat(setMembers("{\"members\":[\"360881\",\"36088\"],\"reason\":\"r\"}", "\"1\""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("members[1]");
    }

    @Test
    void anAgencyOtherThanTheZoneOfficeIsForbiddenNamingTheRule() {
        given(changing.setMembers(anyString(), anyLong(), anyList(), any(), any()))
                .willThrow(new NotPermittedException("the members are set by the zone office"));

        assertThat(setMembers(JINGGANGSHAN_JOINS, "\"1\"")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.rule").isEqualTo("the members are set by the zone office");
    }

    @Test
    void settingMembersWithoutATokenIsUnauthenticated() {
        assertThat(mvc.put().uri(MEMBERS).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(JINGGANGSHAN_JOINS)).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(changing);
    }

    private MockMvcRequestBuilder setMembers(String json, String ifMatch) {
        MockMvcRequestBuilder request = mvc.put().uri(MEMBERS).with(SliceTokens.as(Callers.ZONE_OFFICE))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        return ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    private static ElementWithMembers core(long version) {
        return new ElementWithMembers(new SpatialElement(CORE, ElementKind.CORE, "井冈山核心区", "Jinggangshan core",
                null, version, Units.SEEDED_AT), List.of("360881"), List.of());
    }
}
