package zone.xianggan.registry.county.application;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;

/**
 * Records a change of a unit the one way every use case does: the new version, the history entry saying who, when,
 * what and why, and the snapshot event in the outbox, all in the caller's transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CountyChanges {

    private final Counties counties;
    private final Outbox outbox;

    /**
     * The unit, locked for this transaction, if it is still at the version the caller read; otherwise 404 or 412.
     */
    public County lockAt(CountyCode code, long expectedVersion) {
        return Versioned.requireAt(counties.lock(code), "county", code.value(), expectedVersion);
    }

    /** A unit that did not exist before. */
    public void recordNew(County county, ChangeType type, String reason) {
        counties.insert(county);
        recordHistoryAndEvent(county, type, reason, Map.of());
    }

    /** A new version of a unit that was at {@code expectedVersion}. */
    public void record(Changed<County, ChangeType> revision, long expectedVersion, String reason) {
        counties.update(revision.after(), expectedVersion);
        recordHistoryAndEvent(revision.after(), revision.type(), reason, revision.changes());
    }

    private void recordHistoryAndEvent(County county, ChangeType type, String reason,
            Map<String, FieldChange> changes) {
        CountySnapshot snapshot = CountySnapshots.of(county);
        counties.appendHistory(new HistoryEntry<>(county.code().value(), county.version(), type, county.changedBy(),
                county.changedAt(), reason, changes), snapshot);
        outbox.append(CountySnapshots.event(county, type));
    }
}
