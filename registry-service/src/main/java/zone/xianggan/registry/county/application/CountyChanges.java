package zone.xianggan.registry.county.application;

import java.util.Map;

import org.springframework.stereotype.Component;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.VersionedChanges;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;

/** A unit's changes: its history entry names who, when, what and why; its snapshot event goes to the outbox. */
@Component
public class CountyChanges extends VersionedChanges<CountyCode, County, ChangeType> {

    private final Counties counties;
    private final Outbox outbox;

    CountyChanges(Counties counties, Outbox outbox) {
        super(counties, "county", CountyCode::value);
        this.counties = counties;
        this.outbox = outbox;
    }

    @Override
    protected void recorded(County county, ChangeType type, String reason, Map<String, FieldChange> changes) {
        CountySnapshot snapshot = CountySnapshots.of(county);
        counties.appendHistory(new HistoryEntry<>(county.code().value(), county.version(), type, county.changedBy(),
                county.changedAt(), reason, changes), snapshot);
        outbox.append(CountySnapshots.event(county, type));
    }
}
