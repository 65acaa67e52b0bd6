package zone.xianggan.cooperation.project.model;

import java.time.Instant;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.plan.Province;

/**
 * One change of a project: the version it produced, who made it (the agency and the person acting for it, or the
 * zone itself), when and why, and what it was about. Fields that do not concern the change's type are null.
 */
public record ProjectChange(String projectId, long version, ChangeType type, Actor actor, Instant at,
        String reason, Province province, ProjectStatus fromStatus, ProjectStatus toStatus, String milestoneId,
        CountyCode county, CountyCode successor) {

    static ProjectChange of(Project after, ChangeType type, Actor actor, String reason) {
        return new ProjectChange(after.id(), after.version(), type, actor, after.changedAt(), reason, null, null,
                null, null, null, null);
    }

    ProjectChange province(Province which) {
        return new ProjectChange(projectId, version, type, actor, at, reason, which, fromStatus, toStatus,
                milestoneId, county, successor);
    }

    ProjectChange status(ProjectStatus from, ProjectStatus to) {
        return new ProjectChange(projectId, version, type, actor, at, reason, province, from, to, milestoneId,
                county, successor);
    }

    ProjectChange milestone(String id) {
        return new ProjectChange(projectId, version, type, actor, at, reason, province, fromStatus, toStatus, id,
                county, successor);
    }

    ProjectChange unit(CountyCode retired, CountyCode successorUnit) {
        return new ProjectChange(projectId, version, type, actor, at, reason, province, fromStatus, toStatus,
                milestoneId, retired, successorUnit);
    }
}
