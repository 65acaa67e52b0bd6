package zone.xianggan.registry.layout.application;

import java.util.List;

import zone.xianggan.kernel.change.VersionedStore;
import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;

/** Where the registry keeps the plan's spatial elements and the history of their members. */
public interface SpatialElements extends VersionedStore<String, SpatialElement> {

    List<SpatialElement> findAll();

    void appendHistory(MembershipChange change);

    List<MembershipChange> history(String id);
}
