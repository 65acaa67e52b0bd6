package zone.xianggan.cooperation.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import zone.xianggan.cooperation.project.application.ChangingProjectStatus;
import zone.xianggan.cooperation.project.application.DecidingOnProject;
import zone.xianggan.cooperation.project.application.ProposingProject;
import zone.xianggan.cooperation.project.application.ReadingProjects;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

/** Every refusal is a problem detail; one the request itself gives away names the field and reaches no use case. */
@ProjectWebSlice
@BootstrapWith(WebSliceBootstrapper.class)
class ProjectRequestRefusalsTest {

    private static final String TRANSITIONS = "/api/v1/projects/XG-2026-0001/transitions";

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private ReadingProjects reading;
    @Autowired
    private ProposingProject proposing;
    @Autowired
    private DecidingOnProject deciding;
    @Autowired
    private ChangingProjectStatus changingStatus;

    @Test
    void aBodyThatIsNotJsonIsMalformedNamingTheBody() {
        assertMalformed(post("/api/v1/projects", "{\"titleZh\":", null), "body");
        verifyNoInteractions(proposing);
    }

    @Test
    void aMissingBodyIsMalformedNamingTheBody() {
        assertMalformed(mvc.post().uri(TRANSITIONS).header(HttpHeaders.AUTHORIZATION, liuyang())
                .header(HttpHeaders.IF_MATCH, "\"4\"").exchange(), "body");
    }

    @Test
    void aValueOutsideItsListIsMalformedNamingTheField() {
        assertMalformed(post("/api/v1/projects/XG-2026-0001/approvals", """
                {"province":"430000","decision":"MAYBE"}""", null), "decision");
        verifyNoInteractions(deciding);
    }

    @Test
    void aDateOfTheWrongShapeIsMalformedNamingTheField() {
        assertMalformed(post(TRANSITIONS, """
                {"status":"IN_PROGRESS","effectiveOn":"02/03/2026"}""", "\"4\""), "effectiveOn");
    }

    @Test
    void aPropertyTheRequestDoesNotKnowIsMalformedNamingIt() {
        assertMalformed(post(TRANSITIONS, """
                {"status":"IN_PROGRESS","colour":"red"}""", "\"4\""), "colour");
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        assertMalformed(post("/api/v1/projects", """
                {"participants":[{"countyCode":"430181","role":"BOSS"}]}""", null), "participants[0].role");
    }

    @Test
    void aProjectIdOfTheWrongShapeIsMalformedNamingTheId() {
        assertMalformed(mvc.get().uri("/api/v1/projects/42").header(HttpHeaders.AUTHORIZATION, liuyang())
                .exchange(), "id");
        verifyNoInteractions(reading);
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequired() {
        MvcTestResult refused = post(TRANSITIONS, "{\"status\":\"IN_PROGRESS\"}", null);

        assertThat(refused).hasStatus(HttpStatus.PRECONDITION_REQUIRED).bodyJson().extractingPath("$.field")
                .isEqualTo("If-Match");
        verifyNoInteractions(changingStatus);
    }

    @Test
    void anIfMatchThatNamesNoVersionIsMalformed() {
        assertMalformed(post(TRANSITIONS, "{\"status\":\"IN_PROGRESS\"}", "\"four\""), "If-Match");
        verifyNoInteractions(changingStatus);
    }

    @Test
    void aStaleVersionIsAFailedPreconditionNamingTheCurrentVersion() {
        given(changingStatus.change(anyString(), anyLong(), any(), any()))
                .willThrow(new StaleVersionException(3, 4));

        MvcTestResult refused = post(TRANSITIONS, "{\"status\":\"IN_PROGRESS\"}", "\"3\"");

        assertThat(refused).hasStatus(HttpStatus.PRECONDITION_FAILED).hasHeader(HttpHeaders.ETAG, "\"4\"")
                .bodyJson().extractingPath("$.currentVersion").isEqualTo(4);
    }

    @Test
    void anUnknownProjectIsNotFound() {
        given(reading.get(anyString())).willThrow(new NotFoundException("project", "XG-2026-0404"));

        assertThat(mvc.get().uri("/api/v1/projects/XG-2026-0404").header(HttpHeaders.AUTHORIZATION, liuyang()))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.id").isEqualTo("XG-2026-0404");
    }

    @Test
    void aChangeTheRulesDoNotAllowTheCallerIsForbiddenNamingTheRule() {
        given(changingStatus.change(anyString(), anyLong(), any(), any()))
                .willThrow(new NotPermittedException("carried out by the agencies of its units"));

        assertThat(post(TRANSITIONS, "{\"status\":\"IN_PROGRESS\"}", "\"4\"")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.rule").isEqualTo("carried out by the agencies of its units");
    }

    @Test
    void aConflictWithTheProjectsStateShowsItsDetails() {
        given(changingStatus.change(anyString(), anyLong(), any(), any())).willThrow(new ConflictException(
                "cannot go from APPROVED to COMPLETED", Map.of("allowed", List.of("IN_PROGRESS", "CANCELLED"))));

        assertThat(post(TRANSITIONS, "{\"status\":\"COMPLETED\"}", "\"4\"")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.allowed").isEqualTo(List.of("IN_PROGRESS", "CANCELLED"));
    }

    @Test
    void aValueTheRulesRefuseIsUnprocessableNamingTheField() {
        given(changingStatus.change(anyString(), anyLong(), any(), any())).willThrow(new InvalidInputException(
                Violation.of("reason", "is required to move a project to CANCELLED")));

        assertThat(post(TRANSITIONS, "{\"status\":\"CANCELLED\"}", "\"4\""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("reason");
    }

    private MvcTestResult post(String path, String body, String ifMatch) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, liuyang())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return (ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch)).exchange();
    }

    private static void assertMalformed(MvcTestResult refused, String field) {
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    private static String liuyang() {
        return SliceTokens.bearer(Callers.LIUYANG);
    }
}
