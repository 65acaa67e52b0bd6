package zone.xianggan.cooperation.project.web;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.cooperation.project.application.ChangingProjectStatus;
import zone.xianggan.cooperation.project.application.DecidingOnProject;
import zone.xianggan.cooperation.project.application.ProjectFilter;
import zone.xianggan.cooperation.project.application.ProjectSnapshots;
import zone.xianggan.cooperation.project.application.ProposingProject;
import zone.xianggan.cooperation.project.application.ReachMilestone;
import zone.xianggan.cooperation.project.application.ReachingMilestone;
import zone.xianggan.cooperation.project.application.ReadingProjects;
import zone.xianggan.cooperation.project.application.ResolvingReview;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.web.IfMatch;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.platform.web.VersionedResponses;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Inter-provincial cooperation projects; ETag is a project's version, changes "
        + "need If-Match (provincial decisions: optional). Proposed by a participating unit's agency, a provincial "
        + "DRC or the zone office; decided for each province by its DRC; carried out by the agencies of its units, "
        + "the DRCs of its provinces or the zone office")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectController {

    private static final Pattern PROJECT_ID = Pattern.compile("^XG-[0-9]{4}-[0-9]{4,}$");

    private final ReadingProjects reading;
    private final ProposingProject proposing;
    private final DecidingOnProject deciding;
    private final ChangingProjectStatus changingStatus;
    private final ReachingMilestone reachingMilestone;
    private final ResolvingReview resolvingReview;

    @GetMapping
    @Operation(summary = "Projects, optionally filtered by plan area, participating unit, province, city cluster, "
            + "status, whether inter-provincial and whether flagged for review")
    ResponseEntity<List<ProjectSnapshot>> list(PageRequest page, @RequestParam(required = false) PlanArea planArea,
            @RequestParam(required = false) String county, @RequestParam(required = false) String province,
            @RequestParam(required = false) String cluster, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Boolean interProvincial,
            @RequestParam(required = false) Boolean needsReview) {
        ProjectFilter filter = new ProjectFilter(planArea, county == null ? null : CountyCode.parse("county", county),
                Filters.province(province), cluster, status, interProvincial, needsReview);
        return Pages.of(reading.list(filter).stream().map(ProjectSnapshots::of).toList(), ProjectSnapshot::id, page);
    }

    @PostMapping
    @Operation(summary = "Propose a project; it awaits the decisions of both provinces")
    ResponseEntity<ProjectSnapshot> propose(@RequestBody ProposeProjectRequest request, Caller caller) {
        Project project = proposing.propose(request.toCommand(), caller);
        return VersionedResponses.created(URI.create("/api/v1/projects/" + project.id()), project.version(),
                ProjectSnapshots.of(project));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project")
    ResponseEntity<ProjectSnapshot> get(@PathVariable String id) {
        return withETag(reading.get(projectId(id)));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change of a project, oldest first: who (agency and person), when, what and why")
    ResponseEntity<List<ProjectHistoryEntryView>> history(@PathVariable String id, PageRequest page) {
        return Pages.of(reading.history(projectId(id)).stream().map(ProjectHistoryEntryView::of).toList(),
                entry -> Long.toString(entry.version()), page);
    }

    @PostMapping("/{id}/approvals")
    @Operation(summary = "A province approves or rejects a proposed project, through its DRC alone; approved once "
            + "both provinces have approved, rejected as soon as either rejects")
    ResponseEntity<ProjectSnapshot> decide(@PathVariable String id, @RequestBody DecideOnProjectRequest request,
            IfMatch ifMatch, Caller caller) {
        String projectId = projectId(id);
        return withETag(deciding.decide(projectId, ifMatch.versionIfSent(), request.toCommand(), caller));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Start, suspend, resume, complete or cancel a project; 409 names the allowed statuses")
    ResponseEntity<ProjectSnapshot> transition(@PathVariable String id, @RequestBody ChangeStatusRequest request,
            IfMatch ifMatch, Caller caller) {
        String projectId = projectId(id);
        return withETag(changingStatus.change(projectId, ifMatch.version(), request.toCommand(), caller));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/completion")
    @Operation(summary = "Record that a milestone was reached")
    ResponseEntity<ProjectSnapshot> reachMilestone(@PathVariable String id, @PathVariable String milestoneId,
            @RequestBody(required = false) ReachMilestoneRequest request, IfMatch ifMatch, Caller caller) {
        String projectId = projectId(id);
        return withETag(reachingMilestone.reach(projectId, milestoneId, ifMatch.version(),
                request == null ? new ReachMilestone(null, null) : request.toCommand(), caller));
    }

    @PostMapping("/{id}/review-flags/{countyCode}/resolution")
    @Operation(summary = "Clear the review flag raised when the registry retired a participating unit, saying what "
            + "was decided")
    ResponseEntity<ProjectSnapshot> resolveReview(@PathVariable String id, @PathVariable String countyCode,
            @RequestBody ResolveReviewRequest request, IfMatch ifMatch, Caller caller) {
        String projectId = projectId(id);
        CountyCode county = CountyCode.parse("countyCode", countyCode);
        return withETag(resolvingReview.resolve(projectId, county, ifMatch.version(), request.reason(), caller));
    }

    /** A well-formed project id; anything else is a malformed request naming the path's {@code id}. */
    public static String projectId(String id) {
        if (id == null || !PROJECT_ID.matcher(id).matches()) {
            throw new MalformedInputException(Violation.of("id", "must be a project id, e.g. XG-2026-0001", id));
        }
        return id;
    }

    private static ResponseEntity<ProjectSnapshot> withETag(Project project) {
        return VersionedResponses.ok(project.version(), ProjectSnapshots.of(project));
    }
}
