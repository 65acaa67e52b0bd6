package zone.xianggan.kernel.change;

import java.util.Optional;

import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.StaleVersionException;

/**
 * An aggregate that callers change against the version they read (optimistic concurrency: {@code If-Match} at the
 * API), so that no change is made on top of one the caller has not seen.
 */
public interface Versioned {

    long version();

    /**
     * The aggregate a change is about to be made to, as found (locked) for the change: 404 if there is none, 412 if
     * it is no longer at the version the caller read.
     */
    static <T extends Versioned> T requireAt(Optional<T> found, String resource, String id, long expectedVersion) {
        T current = found.orElseThrow(() -> new NotFoundException(resource, id));
        StaleVersionException.requireCurrent(expectedVersion, current.version());
        return current;
    }
}
