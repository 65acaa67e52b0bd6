package zone.xianggan.replica;

import java.util.Optional;

import zone.xianggan.events.registry.CountySnapshot;

/**
 * Published, inside the transaction that stores it, each time the replica takes a newer snapshot of a county. A
 * service that reacts to registry changes (a retirement, say) listens for it and commits with the replica, so the
 * reaction happens exactly once per change.
 *
 * @param previous the snapshot held before, if any
 */
public record CountyReplicated(Optional<CountySnapshot> previous, CountySnapshot current) {

    public boolean justRetired() {
        return current.retired() && previous.map(p -> !p.retired()).orElse(true);
    }
}
