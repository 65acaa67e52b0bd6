package zone.xianggan.indicators.catalogue.application;

import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.VersionedChanges;
import zone.xianggan.platform.outbox.Outbox;

/**
 * An indicator's changes: its history entry names who (the agency and person its new version names), when, what and
 * why; its snapshot event goes to the outbox.
 */
@Component
public class IndicatorChanges extends VersionedChanges<String, Indicator, ChangeType> {

    private final Indicators indicators;
    private final Outbox outbox;

    IndicatorChanges(Indicators indicators, Outbox outbox) {
        super(indicators, "indicator", Function.identity());
        this.indicators = indicators;
        this.outbox = outbox;
    }

    /**
     * The history entry and event of an indicator a migration entered, whose row is already there (recorded as
     * made by the zone itself: {@code system:seed}).
     */
    public void recordSeeded(Indicator indicator, String reason) {
        recorded(indicator, ChangeType.SEEDED, reason, Map.of());
    }

    @Override
    protected void recorded(Indicator indicator, ChangeType type, String reason, Map<String, FieldChange> changes) {
        IndicatorSnapshot snapshot = IndicatorSnapshots.of(indicator);
        indicators.appendHistory(new HistoryEntry<>(indicator.code(), indicator.version(), type,
                indicator.changedBy(), indicator.changedAt(), reason, changes), snapshot);
        outbox.append(IndicatorSnapshots.event(indicator, type));
    }
}
