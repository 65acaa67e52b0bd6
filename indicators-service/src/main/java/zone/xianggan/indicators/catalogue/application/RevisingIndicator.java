package zone.xianggan.indicators.catalogue.application;

import java.time.Clock;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.catalogue.model.CataloguePolicy;
import zone.xianggan.indicators.catalogue.model.CatalogueRules;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;

/**
 * The zone office changes an indicator's definition against the version it read. Sending what is held changes nothing;
 * the unit and periodicity of an indicator with values stay as they are, and its status as it is.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RevisingIndicator {

    private final Indicators indicators;
    private final IndicatorUsage usage;
    private final IndicatorChanges changes;
    private final Clock clock;

    /**
     * @param statusSent the status sent back with the definition, if any (an indicator as read may be sent back
     *                   whole): it must be the one held, which only a retirement changes
     */
    @Transactional
    public Indicator revise(String code, long expectedVersion, DefineIndicator command, IndicatorStatus statusSent,
            Caller caller) {
        CataloguePolicy.requireMayManage(caller.agency());
        IndicatorDefinition definition = DefiningIndicator.definitionOf(code, command);
        String reason = Reason.optional(command.reason());
        Indicator current = changes.lockAt(code, expectedVersion);
        // Against the version locked, as every rule here: a status read before the lock may be another change's,
        // and would refuse as an edit what is only a stale read (or let an edit through).
        if (statusSent != null && statusSent != current.status()) {
            throw new InvalidInputException(Violation.of("status", "is " + current.status()
                    + " and cannot be changed by a revision: an indicator is retired by its retirement",
                    statusSent.name()));
        }
        Map<String, Indicator> catalogue = indicators.byCode();
        CatalogueRules.requireComponents(code, definition, catalogue);
        CatalogueRules.requireStillFitForItsUsers(current, definition, catalogue.values());
        return current.revise(definition, usage.hasValues(code), clock.instant(), caller.actor())
                .map(revision -> changes.record(revision, expectedVersion, reason))
                .orElse(current);
    }
}
