package zone.xianggan.registry.layout.application;

import java.util.List;
import java.util.Optional;

import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;

/** Where the registry keeps the plan's spatial elements and the history of their members. */
public interface SpatialElements {

    List<SpatialElement> findAll();

    Optional<SpatialElement> find(String id);

    /** The element, its row locked until the transaction ends. */
    Optional<SpatialElement> lock(String id);

    void insert(SpatialElement element);

    /** Stores the element's new version; fails with a stale version if another change came first. */
    void update(SpatialElement element, long expectedVersion);

    void appendHistory(MembershipChange change);

    List<MembershipChange> history(String id);
}
