package zone.xianggan.cooperation.portfolio.application;

import java.util.EnumSet;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.portfolio.model.PortfolioSummary;
import zone.xianggan.cooperation.project.application.ProjectFilter;
import zone.xianggan.cooperation.project.application.ReadingProjects;
import zone.xianggan.cooperation.project.model.ProjectStatus;

/**
 * The zone's portfolio in figures. Unless the agency asks for given statuses, rejected and cancelled projects are
 * left out: they are not part of the plan's work, and their planned investment will not be spent.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SummarizingPortfolio {

    public static final Set<ProjectStatus> LIVE = EnumSet.complementOf(EnumSet.of(ProjectStatus.REJECTED,
            ProjectStatus.CANCELLED));

    private final ReadingProjects projects;

    /** @param statuses the statuses to count; the live ones if empty */
    public PortfolioSummary summarize(ProjectFilter filter, Set<ProjectStatus> statuses) {
        Set<ProjectStatus> counted = statuses.isEmpty() ? LIVE : EnumSet.copyOf(statuses);
        return PortfolioSummary.of(projects.list(filter), counted);
    }
}
