package zone.xianggan.cooperation.portfolio.web;

import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.cooperation.portfolio.application.SummarizingPortfolio;
import zone.xianggan.cooperation.portfolio.model.PortfolioSummary;
import zone.xianggan.cooperation.project.application.ProjectFilter;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.cooperation.project.web.Filters;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.plan.PlanArea;

@RestController
@Tag(name = "Portfolio", description = "The zone's cooperation projects in figures")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PortfolioController {

    private final SummarizingPortfolio summarizing;

    @GetMapping("/api/v1/portfolio")
    @Operation(summary = "Counts and planned investment (yuan) in all, by plan area, by province, by city cluster "
            + "and by status, and the inter-provincial share. Counts the live statuses unless status is given "
            + "(repeatable); a project of both provinces counts under each")
    PortfolioSummary portfolio(@RequestParam(required = false) PlanArea planArea,
            @RequestParam(required = false) String county, @RequestParam(required = false) String province,
            @RequestParam(required = false) String cluster,
            @RequestParam(required = false) List<ProjectStatus> status) {
        ProjectFilter filter = new ProjectFilter(planArea, county == null ? null : CountyCode.parse("county", county),
                Filters.province(province), cluster, null, null, null);
        return summarizing.summarize(filter, status == null ? Set.of() : Set.copyOf(status));
    }
}
