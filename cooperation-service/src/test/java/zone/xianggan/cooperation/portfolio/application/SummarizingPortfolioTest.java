package zone.xianggan.cooperation.portfolio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.portfolio.model.PortfolioSummary;
import zone.xianggan.cooperation.project.application.InMemoryProjects;
import zone.xianggan.cooperation.project.application.ProjectFilter;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.kernel.plan.Province;

/** Each project plans 1,500,000.50 yuan. */
class SummarizingPortfolioTest {

    private final SummarizingPortfolio summarizing = new SummarizingPortfolio(InMemoryProjects.holding(
            ProjectStates.proposed("XG-2026-0001", "430181", "360322"),
            ProjectStates.started("XG-2026-0002", "430181", "430281"),
            ProjectStates.rejected("XG-2026-0003", "430181", "360322"),
            ProjectStates.cancelled("XG-2026-0004", "360322", "360323")).reading());

    @Test
    void projectsRejectedOrCancelledAreLeftOutUnlessAskedFor() {
        PortfolioSummary summary = summarizing.summarize(ProjectFilter.ALL, Set.of());

        assertThat(summary.total().projects()).isEqualTo(2);
        assertThat(summary.total().plannedInvestment()).isEqualByComparingTo("3000001.00");
    }

    @Test
    void projectsRejectedOrCancelledAreCountedWhenAskedFor() {
        PortfolioSummary summary = summarizing.summarize(ProjectFilter.ALL,
                EnumSet.of(ProjectStatus.REJECTED, ProjectStatus.CANCELLED));

        assertThat(summary.total().projects()).isEqualTo(2);
        assertThat(summary.byStatus()).extracting(PortfolioSummary.StatusFigures::status)
                .containsExactly(ProjectStatus.REJECTED, ProjectStatus.CANCELLED);
    }

    @Test
    void onlyTheProjectsTheFilterMatchesAreCounted() {
        ProjectFilter jiangxi = new ProjectFilter(null, null, Province.JIANGXI, null, null, null, null);

        assertThat(summarizing.summarize(jiangxi, Set.of()).total().projects()).isEqualTo(1);
    }
}
