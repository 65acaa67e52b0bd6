package zone.xianggan.indicators.targets.application;

import java.util.List;
import java.util.Optional;

import zone.xianggan.indicators.targets.model.Target;

/** Where targets are kept, with the history of every version. */
public interface Targets {

    List<Target> findAll();

    Optional<Target> find(String id);

    Optional<Target> lock(String id);

    void insert(Target target);

    /** Stores the target's new version; fails with a stale version if another change came first. */
    void update(Target target, long expectedVersion);

    /** The history entry of the target's version: who made it (as the target says), when, why, and the snapshot. */
    void appendHistory(Target target, String reason);
}
