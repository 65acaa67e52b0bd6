package zone.xianggan.indicators.catalogue.application;

import java.time.Clock;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.catalogue.model.CataloguePolicy;
import zone.xianggan.indicators.catalogue.model.CatalogueRules;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.Reason;

/** The zone office adds an indicator to the catalogue; it is published on {@code indicators.catalogue.v1}. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefiningIndicator {

    private final Indicators indicators;
    private final IndicatorChanges changes;
    private final Clock clock;

    @Transactional
    public Indicator define(DefineIndicator command, Caller caller) {
        CataloguePolicy.requireMayManage(caller.agency());
        String code = IndicatorCode.parse("code", command.code());
        IndicatorDefinition definition = definitionOf(code, command);
        String reason = Reason.optional(command.reason());
        Map<String, Indicator> catalogue = indicators.byCode();
        if (catalogue.containsKey(code)) {
            throw new ConflictException("indicator " + code + " is already in the catalogue");
        }
        CatalogueRules.requireComponents(code, definition, catalogue);
        Indicator indicator = Indicator.define(code, definition, clock.instant(), caller.actor());
        changes.recordNew(indicator, ChangeType.DEFINED, reason);
        return indicator;
    }

    static IndicatorDefinition definitionOf(String code, DefineIndicator command) {
        return IndicatorDefinition.of(code, command.nameZh(), command.nameEn(), command.unit(),
                command.periodicity(), command.planArea(), command.aggregation(), command.direction(),
                command.minimum(), command.maximum());
    }
}
