package zone.xianggan.indicators.catalogue.web;

import java.time.Instant;
import java.util.Map;

import zone.xianggan.indicators.catalogue.model.FieldChange;
import zone.xianggan.indicators.catalogue.model.IndicatorChange;

/** One change of an indicator: the version it produced, who made it, when, why, and each field before and after. */
record HistoryEntry(long version, String changeType, String actor, Instant changedAt, String reason,
        Map<String, FieldChange> changes) {

    static HistoryEntry of(IndicatorChange change) {
        return new HistoryEntry(change.version(), change.type().name(), change.actor(), change.at(), change.reason(),
                change.changes());
    }
}
