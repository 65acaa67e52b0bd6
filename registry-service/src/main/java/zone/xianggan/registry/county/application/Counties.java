package zone.xianggan.registry.county.application;

import java.util.List;
import java.util.Optional;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;

/** Where the registry keeps its units and their history. */
public interface Counties {

    Optional<County> find(CountyCode code);

    /** The unit, its row locked until the transaction ends, so that changes to one unit happen one at a time. */
    Optional<County> lock(CountyCode code);

    List<County> findAll();

    List<County> membersOf(String elementId);

    void insert(County county);

    /** Stores the unit's new version; fails with a stale version if another change came first. */
    void update(County county, long expectedVersion);

    void appendHistory(HistoryEntry<ChangeType> change, CountySnapshot snapshot);

    List<HistoryEntry<ChangeType>> history(CountyCode code);
}
