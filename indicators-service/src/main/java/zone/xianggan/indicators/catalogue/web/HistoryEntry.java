package zone.xianggan.indicators.catalogue.web;

import java.time.Instant;
import java.util.Map;

import zone.xianggan.indicators.catalogue.model.FieldChange;
import zone.xianggan.indicators.catalogue.model.IndicatorChange;

/**
 * One change of an indicator: the version it produced, who made it (the agency, and the person acting for it where it
 * named one), when, why, and each field before and after.
 */
record HistoryEntry(long version, String changeType, String actor, String person, Instant changedAt, String reason,
        Map<String, FieldChange> changes) {

    static HistoryEntry of(IndicatorChange change) {
        return new HistoryEntry(change.version(), change.type().name(), change.actor().agency(),
                change.actor().person(), change.at(), change.reason(), change.changes());
    }
}
