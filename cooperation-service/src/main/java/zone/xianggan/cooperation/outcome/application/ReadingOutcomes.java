package zone.xianggan.cooperation.outcome.application;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.indicator.application.ReadingIndicators;
import zone.xianggan.cooperation.indicator.application.ReportedValues;
import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.cooperation.outcome.model.OutcomeMeasure;
import zone.xianggan.cooperation.project.application.ReadingProjects;
import zone.xianggan.cooperation.project.model.ExpectedOutcome;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.CountyCode;

/**
 * A project's expected outcomes against the latest values reported on {@code indicators.values.v1}, read when asked:
 * a value shows as soon as this service has taken its event.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingOutcomes {

    private final ReadingProjects projects;
    private final ReadingIndicators indicators;
    private final ReportedValues values;
    private final Clock clock;

    public ProjectOutcomes of(String projectId) {
        Project project = projects.get(projectId);
        List<ProjectOutcomes.Measured> measured = project.proposal().outcomes().stream().map(this::measure).toList();
        return new ProjectOutcomes(project.id(), project.version(), clock.instant(), measured);
    }

    private ProjectOutcomes.Measured measure(ExpectedOutcome outcome) {
        IndicatorSnapshot indicator = indicators.find(outcome.indicatorCode()).orElse(null);
        AggregationRule rule = indicator == null ? null : ruleOf(indicator);
        Set<String> inputs = new HashSet<>(List.of(outcome.indicatorCode()));
        if (rule != null) {
            inputs.addAll(rule.inputsOf(outcome.indicatorCode()));
        }
        List<String> counties = outcome.counties().stream().map(CountyCode::value).toList();
        List<LatestValue> held = values.of(inputs, counties);
        return new ProjectOutcomes.Measured(outcome, indicator, OutcomeMeasure.measure(outcome.indicatorCode(),
                rule, counties, outcome.baseline(), outcome.target(), held));
    }

    /** The catalogue's rule; null if this service does not know its method. */
    private static AggregationRule ruleOf(IndicatorSnapshot indicator) {
        IndicatorSnapshot.Aggregation rule = indicator.aggregation();
        return switch (rule.method()) {
            case "RATIO" -> AggregationRule.ratio(rule.numerator(), rule.denominator(), rule.scale());
            case "WEIGHTED_MEAN" -> AggregationRule.weightedMean(rule.weight());
            case "SUM" -> AggregationRule.sum();
            // a method this service does not know yet: better no combined value than a wrong one
            default -> null;
        };
    }
}
