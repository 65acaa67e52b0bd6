package zone.xianggan.kernel.change;

import java.util.Map;
import java.util.function.Function;

/**
 * Records the changes of one kind of aggregate the one way every use case does: the new version stored against the
 * version its caller read, then its history entry and what it tells the zone, all in the caller's transaction. A
 * service says how its history and events are written ({@link #recorded}); the order and the checks are the same.
 *
 * @param <K> the aggregate's key
 * @param <A> the aggregate
 * @param <T> the kinds of change its history names
 */
public abstract class VersionedChanges<K, A extends Versioned, T extends Enum<T>> {

    private final VersionedStore<K, A> store;
    private final String resource;
    private final Function<K, String> keyText;

    /**
     * @param resource what a 404 calls the aggregate ({@code county}, {@code indicator})
     * @param keyText  the key as a 404 names it
     */
    protected VersionedChanges(VersionedStore<K, A> store, String resource, Function<K, String> keyText) {
        this.store = store;
        this.resource = resource;
        this.keyText = keyText;
    }

    /** The aggregate, locked for this transaction, if it is still at the version the caller read; else 404 or 412. */
    public A lockAt(K key, long expectedVersion) {
        return Versioned.requireAt(store.lock(key), resource, keyText.apply(key), expectedVersion);
    }

    /** An aggregate that did not exist before, its first change of kind {@code type}. */
    public void recordNew(A aggregate, T type, String reason) {
        store.insert(aggregate);
        recorded(aggregate, type, reason, Map.of());
    }

    /** A new version of an aggregate that was at {@code expectedVersion}; returns that new version. */
    public A record(Changed<A, T> revision, long expectedVersion, String reason) {
        store.update(revision.after(), expectedVersion);
        recorded(revision.after(), revision.type(), reason, revision.changes());
        return revision.after();
    }

    /** Appends the history entry of {@code version}, already stored, and tells the zone of it. */
    protected abstract void recorded(A version, T type, String reason, Map<String, FieldChange> changes);
}
