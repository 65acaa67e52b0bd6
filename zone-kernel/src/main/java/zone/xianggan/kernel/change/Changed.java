package zone.xianggan.kernel.change;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an immutable aggregate's change returns: the aggregate after it, the kind of change, and each field that
 * changed, for the history entry the change is recorded with.
 *
 * @param changes by field name, in the order the change names them
 */
public record Changed<A, T extends Enum<T>>(A after, T type, Map<String, FieldChange> changes) {

    public Changed {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
