package zone.xianggan.kernel.change;

import java.util.Optional;

/**
 * Where a service keeps one kind of aggregate that changes by versions: the part of its port every change goes
 * through. A change locks the aggregate, checks the version its caller read ({@link Versioned#requireAt}) and stores
 * the next.
 *
 * @param <K> the aggregate's key
 * @param <A> the aggregate
 */
public interface VersionedStore<K, A extends Versioned> {

    Optional<A> find(K key);

    /** The aggregate, its row locked until the transaction ends, so that changes to it happen one at a time. */
    Optional<A> lock(K key);

    void insert(A aggregate);

    /** Stores the aggregate's new version; fails with a stale version (412) if another change came first. */
    void update(A aggregate, long expectedVersion);
}
