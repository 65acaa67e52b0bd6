package zone.xianggan.cooperation.portfolio.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.kernel.plan.Province;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * The portfolio in figures: how many projects and how much planned investment, in all and by plan area, by province,
 * by city cluster and by status, and the share that is inter-provincial. A project with units in both provinces
 * counts under each of them, so the provinces' figures add up to more than the total; every other breakdown adds up
 * to it.
 *
 * @param statuses the statuses counted
 */
public record PortfolioSummary(Set<ProjectStatus> statuses, Figures total, Share interProvincial,
        List<AreaFigures> byPlanArea, List<ProvinceFigures> byProvince, List<ClusterFigures> byCluster,
        List<StatusFigures> byStatus) {

    private static final int SHARE_SCALE = 4;

    /** @param plannedInvestment yuan */
    public record Figures(int projects, BigDecimal plannedInvestment) {

        static final Figures NONE = new Figures(0, BigDecimal.ZERO.setScale(2));

        Figures plus(Project project) {
            return new Figures(projects + 1, plannedInvestment.add(project.proposal().plannedInvestment().total()));
        }
    }

    /**
     * @param share           of projects, 0 to 1; null when there are none
     * @param investmentShare of planned investment, 0 to 1; null when there is none
     */
    public record Share(int projects, BigDecimal plannedInvestment, BigDecimal share, BigDecimal investmentShare) {
    }

    public record AreaFigures(PlanArea planArea, int projects, BigDecimal plannedInvestment) {
    }

    public record ProvinceFigures(Province province, int projects, BigDecimal plannedInvestment) {
    }

    /** @param cluster null for the projects that belong to no city cluster */
    public record ClusterFigures(String cluster, int projects, BigDecimal plannedInvestment) {
    }

    public record StatusFigures(ProjectStatus status, int projects, BigDecimal plannedInvestment) {
    }

    /** The figures of the projects whose status is one of {@code statuses}. */
    public static PortfolioSummary of(List<Project> projects, Set<ProjectStatus> statuses) {
        List<Project> counted = projects.stream().filter(p -> statuses.contains(p.status())).toList();
        Figures total = sum(counted);
        Figures inter = sum(counted.stream().filter(p -> p.proposal().isInterProvincial()).toList());
        Share share = new Share(inter.projects(), inter.plannedInvestment(),
                ratio(BigDecimal.valueOf(inter.projects()), BigDecimal.valueOf(total.projects())),
                ratio(inter.plannedInvestment(), total.plannedInvestment()));
        Map<PlanArea, Figures> areas = group(counted, p -> List.of(p.proposal().planArea()),
                PlanArea.tasks().toArray(PlanArea[]::new));
        Map<Province, Figures> provinces = group(counted, p -> List.copyOf(p.proposal().provinces()),
                Province.values());
        Map<ProjectStatus, Figures> byStatus = group(counted, p -> List.of(p.status()),
                statuses.stream().sorted().toArray(ProjectStatus[]::new));
        Map<String, Figures> clusters = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        counted.forEach(p -> clusters.merge(p.proposal().cluster(), Figures.NONE.plus(p), PortfolioSummary::add));
        return new PortfolioSummary(statuses, total, share,
                areas.entrySet().stream().map(e -> new AreaFigures(e.getKey(), e.getValue().projects(),
                        e.getValue().plannedInvestment())).toList(),
                provinces.entrySet().stream().map(e -> new ProvinceFigures(e.getKey(), e.getValue().projects(),
                        e.getValue().plannedInvestment())).toList(),
                clusters.entrySet().stream().map(e -> new ClusterFigures(e.getKey(), e.getValue().projects(),
                        e.getValue().plannedInvestment())).toList(),
                byStatus.entrySet().stream().map(e -> new StatusFigures(e.getKey(), e.getValue().projects(),
                        e.getValue().plannedInvestment())).toList());
    }

    private static Figures sum(List<Project> projects) {
        Figures figures = Figures.NONE;
        for (Project project : projects) {
            figures = figures.plus(project);
        }
        return figures;
    }

    private static Figures add(Figures a, Figures b) {
        return new Figures(a.projects() + b.projects(), a.plannedInvestment().add(b.plannedInvestment()));
    }

    /** Every key listed, with zero where no project falls under it, in the order given. */
    @SafeVarargs
    private static <K> Map<K, Figures> group(List<Project> projects, Function<Project, List<K>> keys, K... all) {
        Map<K, Figures> groups = new LinkedHashMap<>();
        for (K key : all) {
            groups.put(key, Figures.NONE);
        }
        for (Project project : projects) {
            for (K key : new ArrayList<>(keys.apply(project))) {
                groups.merge(Objects.requireNonNull(key), Figures.NONE.plus(project), PortfolioSummary::add);
            }
        }
        return groups;
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }
}
