package zone.xianggan.cooperation.project.application;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.kernel.plan.Province;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.plan.PlanArea;

/** What agencies filter projects by; a null filter matches every project. */
public record ProjectFilter(PlanArea planArea, CountyCode county, Province province, String cluster,
        ProjectStatus status, Boolean interProvincial, Boolean needsReview) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, null, null);

    public boolean matches(Project project) {
        var proposal = project.proposal();
        return (planArea == null || planArea == proposal.planArea())
                && (county == null || proposal.involves(county))
                && (province == null || proposal.provinces().contains(province))
                && (cluster == null || cluster.equals(proposal.cluster()))
                && (status == null || status == project.status())
                && (interProvincial == null || interProvincial == proposal.isInterProvincial())
                && (needsReview == null || needsReview == project.needsReview());
    }
}
