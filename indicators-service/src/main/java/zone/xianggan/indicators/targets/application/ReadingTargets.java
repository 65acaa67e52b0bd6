package zone.xianggan.indicators.targets.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.analysis.application.AggregateResult;
import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.analysis.model.ScopeUnits;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.targets.model.Progress;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.TargetKind;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * The targets with their progress, computed from the data on each read: the indicator's aggregate for the target's
 * scope in a baseline period (by default 2020, the year before the plan, or the first with figures) and in the
 * latest period with figures, over the units with figures in both.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingTargets {

    static final int DEFAULT_BASELINE_YEAR = 2020;

    private final Targets targets;
    private final ReadingCatalogue catalogue;
    private final AggregatingValues aggregating;
    private final ComparingUrbanization comparing;

    /** The filters are optional; {@code baseline} overrides the default baseline period. */
    public List<TargetProgress> list(Integer year, String scope, PlanArea planArea, Period baseline, String source) {
        return targets.findAll().stream()
                .filter(t -> year == null || t.year() == year)
                .filter(t -> scope == null || t.scope().equals(scope))
                .filter(t -> planArea == null || t.planArea() == planArea)
                .map(t -> withProgress(t, baseline, source)).toList();
    }

    public TargetProgress get(String id, Period baseline, String source) {
        return withProgress(find(id), baseline, source);
    }

    Target find(String id) {
        return targets.find(id).orElseThrow(() -> new NotFoundException("target", id));
    }

    /**
     * The progress of a target as a change returned it, computed from the data now: the target is not read again,
     * where another change may have come after.
     */
    public TargetProgress withProgress(Target target, Period baseline, String source) {
        Progress progress = progress(target, baseline, source);
        return new TargetProgress(target, progress, target.kind() == TargetKind.COMPARATIVE
                ? comparing.compare(baseline == null ? null : baseline.year(), null, source) : null);
    }

    private Progress progress(Target target, Period requestedBaseline, String source) {
        if (target.indicatorCode() == null) {
            return Progress.noData("this goal has no indicator: it is reported on in words", target.targetValue());
        }
        Indicator indicator = catalogue.get(target.indicatorCode());
        Scope scope = Scope.parse(target.scope());
        // The scope held units when the target was adopted; they may all have retired since, and the target is
        // still listed, with no value rather than a refusal of the whole list.
        ScopeUnits units = aggregating.unitsNow(scope);
        if (units.units().isEmpty()) {
            return Progress.noData(target.scope() + " holds no active unit now", target.targetValue());
        }
        List<AggregateResult> series = aggregating.series(indicator, units, source);
        List<Period> periods = series.stream().filter(r -> r.aggregate().value() != null).map(AggregateResult::period)
                .toList();
        if (periods.isEmpty()) {
            return Progress.noData("no figures yet for " + indicator.code() + " in " + target.scope(),
                    target.targetValue());
        }
        Period baseline = requestedBaseline != null ? requestedBaseline : defaultBaseline(indicator, periods);
        Period latest = periods.getLast();
        if (baseline.compareTo(latest) >= 0 || baseline.periodicity() != indicator.periodicity()) {
            return Progress.noData("no figures after the baseline " + baseline + " (latest: " + latest + ")",
                    target.targetValue());
        }
        AggregateResult start = aggregating.aggregate(indicator, units, baseline, source);
        AggregateResult end = aggregating.aggregate(indicator, units, latest, source);
        Set<String> compared = new TreeSet<>(start.aggregate().covered());
        compared.retainAll(end.aggregate().covered());
        List<String> excluded = new ArrayList<>(new TreeSet<>(units.units()));
        excluded.removeAll(compared);
        ScopeUnits same = new ScopeUnits(scope, compared);
        return Progress.of(indicator.direction(), baseline,
                aggregating.aggregate(indicator, same, baseline, source).aggregate().value(), latest,
                aggregating.aggregate(indicator, same, latest, source).aggregate().value(), target.year(),
                target.targetValue(), List.copyOf(compared), excluded);
    }

    private static Period defaultBaseline(Indicator indicator, List<Period> periods) {
        return periods.stream().filter(p -> p.year() == DEFAULT_BASELINE_YEAR).findFirst().orElse(periods.getFirst());
    }
}
