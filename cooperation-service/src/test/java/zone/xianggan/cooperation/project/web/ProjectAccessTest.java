package zone.xianggan.cooperation.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import zone.xianggan.cooperation.project.application.ChangingProjectStatus;
import zone.xianggan.cooperation.project.application.ReadingProjects;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

/** The platform's filter chain in front of the projects: a token on every request, the read scope for reads. */
@ProjectWebSlice
@BootstrapWith(WebSliceBootstrapper.class)
class ProjectAccessTest {

    private static final String PROJECT = "/api/v1/projects/XG-2026-0001";

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private ReadingProjects reading;
    @Autowired
    private ChangingProjectStatus changingStatus;

    @Test
    void aReadWithoutATokenIsAnsweredWithABearerChallenge() {
        MvcTestResult refused = mvc.get().uri(PROJECT).exchange();

        assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        verifyNoInteractions(reading);
    }

    @Test
    void aChangeWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri(PROJECT + "/transitions").header(HttpHeaders.IF_MATCH, "\"4\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(changingStatus);
    }

    @Test
    void aTokenTheIssuerDidNotSignIsUnauthenticated() {
        assertThat(mvc.get().uri(PROJECT).header(HttpHeaders.AUTHORIZATION, "Bearer forged"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(reading);
    }

    @Test
    void aTokenNamingNoAgencyIsUnauthenticated() {
        assertThat(mvc.get().uri(PROJECT)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + SliceTokens.NO_AGENCY))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(reading);
    }

    @Test
    void aReadWithoutTheReadScopeIsForbiddenNamingTheScope() {
        assertThat(mvc.get().uri(PROJECT)
                .header(HttpHeaders.AUTHORIZATION, SliceTokens.bearer(Callers.WITHOUT_SCOPES)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").asString()
                .contains("zone.read");
        verifyNoInteractions(reading);
    }
}
