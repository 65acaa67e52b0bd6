package zone.xianggan.indicators.targets.web;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import zone.xianggan.indicators.targets.application.TargetProgress;
import zone.xianggan.indicators.targets.model.Progress;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.UrbanizationComparison;

/**
 * A target as agencies read it: the goal in its own words, its number only if an agency entered one, who made its
 * current version (the agency, or {@code system:seed} for the plan's own goals, and the person acting for the agency
 * where it named one), and progress.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TargetView(String id, int year, String scope, String planArea, String indicatorCode, String kind,
        String statement, String statementSource, BigDecimal targetValue, String targetSource, long version,
        String changedBy, String changedByPerson, Progress progress, UrbanizationComparison comparison) {

    static TargetView of(TargetProgress p) {
        Target t = p.target();
        return new TargetView(t.id(), t.year(), t.scope(), t.planArea().name(), t.indicatorCode(), t.kind().name(),
                t.statement(), t.statementSource(), t.targetValue(), t.targetSource(), t.version(),
                t.changedBy().agency(), t.changedBy().person(), p.progress(), p.comparison());
    }
}
