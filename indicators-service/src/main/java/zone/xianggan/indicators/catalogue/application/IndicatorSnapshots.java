package zone.xianggan.indicators.catalogue.application;

import zone.xianggan.events.EventType;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.platform.outbox.PendingEvent;

/** An indicator's whole definition as the service publishes it, on its API and on {@code indicators.catalogue.v1}. */
public final class IndicatorSnapshots {

    private IndicatorSnapshots() {
    }

    public static IndicatorSnapshot of(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        AggregationRule rule = d.aggregation();
        return new IndicatorSnapshot(indicator.code(), d.nameZh(), d.nameEn(), d.unit(), d.periodicity().name(),
                d.planArea().name(), new IndicatorSnapshot.Aggregation(rule.method().name(), rule.numerator(),
                        rule.denominator(), rule.weight(), rule.scale()),
                d.direction().name(), d.minimum(), d.maximum(), indicator.status().name(), indicator.version(),
                indicator.changedAt(), indicator.changedBy().agency(), indicator.changedBy().person());
    }

    static PendingEvent event(Indicator indicator, ChangeType change) {
        EventType type = switch (change) {
            case SEEDED, DEFINED -> EventType.INDICATOR_DEFINED;
            case REVISED -> EventType.INDICATOR_UPDATED;
            case RETIRED -> EventType.INDICATOR_RETIRED;
        };
        return new PendingEvent(type, indicator.code(), of(indicator));
    }
}
