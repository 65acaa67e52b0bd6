package zone.xianggan.registry.county.application;

import java.util.List;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.VersionedStore;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;

/** Where the registry keeps its units and their history. */
public interface Counties extends VersionedStore<CountyCode, County> {

    List<County> findAll();

    List<County> membersOf(String elementId);

    void appendHistory(HistoryEntry<ChangeType> change, CountySnapshot snapshot);

    List<HistoryEntry<ChangeType>> history(CountyCode code);
}
