package zone.xianggan.kernel.change;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import zone.xianggan.kernel.access.Actor;

/**
 * One entry of the history of a unit, an indicator or an agency: the version a change produced, what kind of change
 * it was, who made it (the agency, and the person acting for it where it named one), when and why, and each field
 * before and after.
 *
 * @param subject the code or id of what changed
 * @param changes by field name, in the order the change names them
 */
public record HistoryEntry<T extends Enum<T>>(String subject, long version, T type, Actor actor, Instant at,
        String reason, Map<String, FieldChange> changes) {

    public HistoryEntry {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
