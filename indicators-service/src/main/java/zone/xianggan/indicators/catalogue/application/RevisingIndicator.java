package zone.xianggan.indicators.catalogue.application;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.catalogue.model.CataloguePolicy;
import zone.xianggan.indicators.catalogue.model.CatalogueRules;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.Reason;

/**
 * The zone office changes an indicator's definition against the version it read. Sending what is held changes nothing;
 * the unit and periodicity of an indicator with values stay as they are.
 */
@Service
public class RevisingIndicator {

    private final Indicators indicators;
    private final IndicatorUsage usage;
    private final IndicatorChanges changes;
    private final Clock clock;

    RevisingIndicator(Indicators indicators, IndicatorUsage usage, IndicatorChanges changes, Clock clock) {
        this.indicators = indicators;
        this.usage = usage;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Indicator revise(String code, long expectedVersion, DefineIndicator command, Caller caller) {
        CataloguePolicy.requireMayManage(caller.agency());
        IndicatorDefinition definition = DefiningIndicator.definitionOf(code, command);
        String reason = Reason.optional(command.reason());
        Indicator current = changes.lockAt(code, expectedVersion);
        Map<String, Indicator> catalogue = indicators.byCode();
        CatalogueRules.requireComponents(code, definition, catalogue);
        CatalogueRules.requireStillFitForItsUsers(current, definition, catalogue.values());
        return current.revise(definition, usage.hasValues(code), clock.instant(), caller.actor()).map(revision -> {
            changes.record(revision, expectedVersion, reason);
            return revision.after();
        }).orElse(current);
    }
}
