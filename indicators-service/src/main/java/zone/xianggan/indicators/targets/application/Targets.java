package zone.xianggan.indicators.targets.application;

import java.util.List;

import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.kernel.change.VersionedStore;

/** Where targets are kept, with the history of every version. */
public interface Targets extends VersionedStore<String, Target> {

    List<Target> findAll();

    /** The history entry of the target's version: who made it (as the target says), when, why, and the snapshot. */
    void appendHistory(Target target, String reason);
}
