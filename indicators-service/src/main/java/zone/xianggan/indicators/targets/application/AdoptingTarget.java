package zone.xianggan.indicators.targets.application;

import java.math.BigDecimal;
import java.time.Clock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.TargetKind;
import zone.xianggan.indicators.targets.model.TargetsPolicy;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * The zone office adopts a target for a scope (a province's part, a cluster…), or enters the number of one against
 * the version it read. A number always comes with its source: figures the plan does not give are never invented.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdoptingTarget {

    private final Targets targets;
    private final ReadingCatalogue catalogue;
    private final AggregatingValues aggregating;
    private final Clock clock;

    /** A new target. */
    public record AdoptTarget(String id, Integer year, String scope, PlanArea planArea, String indicatorCode,
            TargetKind kind, String statement, String statementSource, BigDecimal targetValue,
            String targetSource, String reason) {
    }

    @Transactional
    public Target adopt(AdoptTarget command, Caller caller) {
        TargetsPolicy.requireMaySetTargets(caller.agency());
        Scope scope = Scope.parse(command.scope());
        aggregating.resolve(scope);
        requireActiveIndicator(command.indicatorCode());
        String reason = Reason.optional(command.reason());
        Target target = Target.adopt(command.id(), command.year(), scope.id(), command.planArea(),
                command.indicatorCode(), command.kind(), command.statement(), command.statementSource(),
                command.targetValue(), command.targetSource(), clock.instant(), caller.actor());
        if (targets.find(target.id()).isPresent()) {
            throw new ConflictException("target " + target.id() + " exists already");
        }
        targets.insert(target);
        targets.appendHistory(target, reason);
        return target;
    }

    /** A retired indicator takes no new reports: a target it measured could never be followed. */
    private void requireActiveIndicator(String code) {
        if (code == null) {
            return;
        }
        Indicator indicator = catalogue.byCode().get(code);
        if (indicator == null) {
            throw new InvalidInputException(Violation.of("indicatorCode", "no indicator " + code
                    + " in the catalogue", code));
        }
        if (!indicator.isActive()) {
            throw new InvalidInputException(Violation.of("indicatorCode", "indicator " + code + " is retired",
                    code));
        }
    }

    /** The number an agency sets the target at, with its source. */
    @Transactional
    public Target quantify(String id, long expectedVersion, BigDecimal value, String source, String reasonGiven,
            Caller caller) {
        TargetsPolicy.requireMaySetTargets(caller.agency());
        String reason = Reason.optional(reasonGiven);
        Target current = Versioned.requireAt(targets.lock(id), "target", id, expectedVersion);
        // The indicator may have retired since the target was adopted: a number set now could never be followed.
        requireActiveIndicator(current.indicatorCode());
        Target quantified = current.quantify(value, source, clock.instant(), caller.actor());
        targets.update(quantified, expectedVersion);
        targets.appendHistory(quantified, reason);
        return quantified;
    }
}
