package zone.xianggan.registry.county.web;

import java.time.Instant;
import java.util.Map;

import zone.xianggan.registry.county.model.CountyChange;
import zone.xianggan.registry.county.model.FieldChange;

/**
 * One change of a unit: the version it produced, who made it (the agency, and the person acting for it where it
 * named one), when, why, and each field before and after.
 */
record HistoryEntry(long version, String changeType, String actor, String person, Instant changedAt, String reason,
        Map<String, FieldChange> changes) {

    static HistoryEntry of(CountyChange change) {
        return new HistoryEntry(change.version(), change.type().name(), change.actor().agency(),
                change.actor().person(), change.at(), change.reason(), change.changes());
    }
}
