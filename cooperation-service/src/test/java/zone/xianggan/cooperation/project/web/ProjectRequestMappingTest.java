package zone.xianggan.cooperation.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import zone.xianggan.cooperation.project.application.ChangeStatus;
import zone.xianggan.cooperation.project.application.ChangingProjectStatus;
import zone.xianggan.cooperation.project.application.DecideOnProject;
import zone.xianggan.cooperation.project.application.DecidingOnProject;
import zone.xianggan.cooperation.project.application.ProposeProject;
import zone.xianggan.cooperation.project.application.ProposingProject;
import zone.xianggan.cooperation.project.application.ReachMilestone;
import zone.xianggan.cooperation.project.application.ReachingMilestone;
import zone.xianggan.cooperation.project.application.ResolvingReview;
import zone.xianggan.cooperation.project.model.Decision;
import zone.xianggan.cooperation.project.model.FundingSource;
import zone.xianggan.cooperation.project.model.ParticipantRole;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

/** Each request maps to its use case's command, and the answer carries the project's new version. */
@ProjectWebSlice
@BootstrapWith(WebSliceBootstrapper.class)
class ProjectRequestMappingTest {

    private static final String ID = "XG-2026-0001";
    private static final Project PROPOSED = ProjectStates.proposed(ID, "430181", "360322");
    private static final Project APPROVED = ProjectStates.approved(ID, "430181", "360322");

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private ProposingProject proposing;
    @Autowired
    private DecidingOnProject deciding;
    @Autowired
    private ChangingProjectStatus changingStatus;
    @Autowired
    private ReachingMilestone reachingMilestone;
    @Autowired
    private ResolvingReview resolvingReview;

    @Test
    void aProposalMapsToTheProposeCommand() {
        given(proposing.propose(any(), any())).willReturn(PROPOSED);

        assertThat(post("/api/v1/projects", """
                {"titleZh":"城际公交","titleEn":"Intercity bus","descriptionZh":"开通城际公交",
                 "descriptionEn":"An intercity bus line","planArea":"INFRASTRUCTURE_CONNECTIVITY",
                 "participants":[{"countyCode":"430181","role":"LEAD"},{"countyCode":"360322","role":"PARTNER"}],
                 "cluster":"liuyang-liling-shangli-xiangdong-anyuan-luxi",
                 "plannedInvestment":{"currency":"CNY","total":1000000.00,
                    "bySource":[{"source":"CENTRAL_BUDGET","amount":1000000.00}]},
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
                 "milestones":[{"name":"Route agreed","due":"2026-06-30"}],
                 "outcomes":[{"indicatorCode":"BUS_LINES","countyCodes":["430181"],"baseline":2,
                              "baselinePeriod":"2025","target":6,"targetPeriod":"2027"}]}""", null))
                .hasStatus(HttpStatus.CREATED);

        verify(proposing).propose(eq(new ProposeProject("城际公交", "Intercity bus", "开通城际公交",
                "An intercity bus line", PlanArea.INFRASTRUCTURE_CONNECTIVITY,
                List.of(new ProposeProject.Unit("430181", ParticipantRole.LEAD),
                        new ProposeProject.Unit("360322", ParticipantRole.PARTNER)),
                "liuyang-liling-shangli-xiangdong-anyuan-luxi", null,
                new ProposeProject.Investment("CNY", new BigDecimal("1000000.00"), List.of(
                        new ProposeProject.Source(FundingSource.CENTRAL_BUDGET, new BigDecimal("1000000.00")))),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
                List.of(new ProposeProject.Step("Route agreed", LocalDate.of(2026, 6, 30))),
                List.of(new ProposeProject.Outcome("BUS_LINES", List.of("430181"), new BigDecimal("2"), "2025",
                        new BigDecimal("6"), "2027")))), any());
    }

    @Test
    void aProposalLeftWithoutItsListsReachesTheUseCaseWithoutThem() {
        given(proposing.propose(any(), any())).willReturn(PROPOSED);

        assertThat(post("/api/v1/projects", "{\"titleEn\":\"Intercity bus\"}", null)).hasStatus(HttpStatus.CREATED);

        verify(proposing).propose(eq(new ProposeProject(null, "Intercity bus", null, null, null, null, null, null,
                null, null, null, null, null)), any());
    }

    @Test
    void aProposedProjectIsCreatedAtItsOwnAddressWithItsVersionAsETag() {
        given(proposing.propose(any(), any())).willReturn(PROPOSED);

        assertThat(post("/api/v1/projects", "{}", null)).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/v1/projects/" + ID).hasHeader(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void aDecisionMapsToTheDecideCommand() {
        given(deciding.decide(anyString(), any(), any(), any())).willReturn(PROPOSED);

        assertThat(post("/api/v1/projects/" + ID + "/approvals", """
                {"province":"360000","decision":"REJECT","reason":"no budget"}""", "\"1\"")).hasStatusOk();

        verify(deciding).decide(eq(ID), eq(1L), eq(new DecideOnProject("360000", Decision.REJECT, "no budget")),
                any());
    }

    @Test
    void aDecisionWithoutIfMatchIsTakenOnTheCurrentVersion() {
        given(deciding.decide(anyString(), any(), any(), any())).willReturn(PROPOSED);

        assertThat(post("/api/v1/projects/" + ID + "/approvals", """
                {"province":"430000","decision":"APPROVE"}""", null)).hasStatusOk();

        verify(deciding).decide(eq(ID), isNull(), any(), any());
    }

    @Test
    void aTransitionMapsToTheChangeStatusCommand() {
        given(changingStatus.change(anyString(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(post("/api/v1/projects/" + ID + "/transitions", """
                {"status":"SUSPENDED","reason":"floods","effectiveOn":"2026-03-01"}""", "\"4\"")).hasStatusOk();

        verify(changingStatus).change(eq(ID), eq(4L), eq(new ChangeStatus(ProjectStatus.SUSPENDED, "floods",
                LocalDate.of(2026, 3, 1))), any());
    }

    @Test
    void aChangedProjectAnswersWithItsNewVersionAsETag() {
        given(changingStatus.change(anyString(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(post("/api/v1/projects/" + ID + "/transitions", "{\"status\":\"IN_PROGRESS\"}", "\"3\""))
                .hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"4\"");
    }

    @Test
    void aWeakIfMatchNamesTheSameVersion() {
        given(changingStatus.change(anyString(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(post("/api/v1/projects/" + ID + "/transitions", "{\"status\":\"IN_PROGRESS\"}", "W/\"4\""))
                .hasStatusOk();

        verify(changingStatus).change(eq(ID), eq(4L), any(), any());
    }

    @Test
    void aMilestoneReachedMapsToTheReachCommand() {
        given(reachingMilestone.reach(anyString(), anyString(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(post("/api/v1/projects/" + ID + "/milestones/M1/completion", """
                {"doneOn":"2026-02-27","reason":"signed in Pingxiang"}""", "\"4\"")).hasStatusOk();

        verify(reachingMilestone).reach(eq(ID), eq("M1"), eq(4L), eq(new ReachMilestone(LocalDate.of(2026, 2, 27),
                "signed in Pingxiang")), any());
    }

    @Test
    void aMilestoneReachedWithoutABodyIsReachedTodayWithoutAReason() {
        given(reachingMilestone.reach(anyString(), anyString(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(mvc.post().uri("/api/v1/projects/{id}/milestones/M1/completion", ID)
                .header(HttpHeaders.AUTHORIZATION, SliceTokens.bearer(Callers.LIUYANG))
                .header(HttpHeaders.IF_MATCH, "\"4\"")).hasStatusOk();

        verify(reachingMilestone).reach(eq(ID), eq("M1"), eq(4L), eq(new ReachMilestone(null, null)), any());
    }

    @Test
    void aReviewResolutionMapsToTheResolveCall() {
        given(resolvingReview.resolve(anyString(), any(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(post("/api/v1/projects/" + ID + "/review-flags/360324/resolution", """
                {"reason":"Xiangdong takes over"}""", "\"4\"")).hasStatusOk();

        verify(resolvingReview).resolve(eq(ID), eq(new CountyCode("360324")), eq(4L), eq("Xiangdong takes over"),
                any());
    }

    @Test
    void theCallerIsTheTokensAgencyWithThePersonXActorNames() {
        given(changingStatus.change(anyString(), anyLong(), any(), any())).willReturn(APPROVED);

        assertThat(mvc.post().uri("/api/v1/projects/{id}/transitions", ID)
                .header(HttpHeaders.AUTHORIZATION, SliceTokens.bearer(Callers.HUNAN_DRC))
                .header("X-Actor", "li.ming").header(HttpHeaders.IF_MATCH, "\"4\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .hasStatusOk();

        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(changingStatus).change(eq(ID), eq(4L), any(), caller.capture());
        assertThat(caller.getValue().agency().id()).isEqualTo("hunan-drc");
        assertThat(caller.getValue().agency().province()).isEqualTo("430000");
        assertThat(caller.getValue().person()).isEqualTo("li.ming");
    }

    /** A POST as Liuyang's agency, with {@code If-Match} if given. */
    private MvcTestResult post(String path, String body, String ifMatch) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, SliceTokens.bearer(Callers.LIUYANG))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return (ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch)).exchange();
    }
}
