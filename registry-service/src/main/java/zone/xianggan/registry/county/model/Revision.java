package zone.xianggan.registry.county.model;

import java.util.Map;

/** A unit after a change, with what changed. */
public record Revision(County county, ChangeType type, Map<String, FieldChange> changes) {

    public Revision {
        changes = Map.copyOf(changes);
    }
}
