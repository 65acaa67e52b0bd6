package zone.xianggan.indicators.catalogue.application;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.platform.outbox.Outbox;

/**
 * Records a change of an indicator the one way every use case does: the new version, the history entry saying
 * who (the agency and person the indicator's new version names), when, what and why, and the snapshot event in
 * the outbox, all in the caller's transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IndicatorChanges {

    private final Indicators indicators;
    private final Outbox outbox;

    /** The indicator, locked for this transaction, if it is still at the version the caller read; else 404 or 412. */
    public Indicator lockAt(String code, long expectedVersion) {
        return Versioned.requireAt(indicators.lock(code), "indicator", code, expectedVersion);
    }

    public void recordNew(Indicator indicator, String reason) {
        indicators.insert(indicator);
        recordHistoryAndEvent(indicator, ChangeType.DEFINED, reason, Map.of());
    }

    /**
     * The history entry and event of an indicator a migration entered, whose row is already there (recorded as
     * made by the zone itself: {@code system:seed}).
     */
    public void recordSeeded(Indicator indicator, String reason) {
        recordHistoryAndEvent(indicator, ChangeType.SEEDED, reason, Map.of());
    }

    public void record(Changed<Indicator, ChangeType> revision, long expectedVersion, String reason) {
        indicators.update(revision.after(), expectedVersion);
        recordHistoryAndEvent(revision.after(), revision.type(), reason, revision.changes());
    }

    private void recordHistoryAndEvent(Indicator indicator, ChangeType type, String reason,
            Map<String, FieldChange> changes) {
        IndicatorSnapshot snapshot = IndicatorSnapshots.of(indicator);
        indicators.appendHistory(new HistoryEntry<>(indicator.code(), indicator.version(), type,
                indicator.changedBy(), indicator.changedAt(), reason, changes), snapshot);
        outbox.append(IndicatorSnapshots.event(indicator, type));
    }
}
