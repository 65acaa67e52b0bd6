package zone.xianggan.registry.county.model;

import java.time.Instant;
import java.util.Map;

import zone.xianggan.kernel.access.Actor;

/** One entry of a unit's history: who changed what, when and why, and the version it produced. */
public record CountyChange(String code, long version, ChangeType type, Actor actor, Instant at, String reason,
        Map<String, FieldChange> changes) {

    public CountyChange {
        changes = Map.copyOf(changes);
    }
}
