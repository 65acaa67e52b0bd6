package zone.xianggan.indicators.catalogue.model;

import java.time.Instant;
import java.util.Map;

import zone.xianggan.kernel.access.Actor;

/**
 * One entry of an indicator's history: who changed what (the agency, and the person acting for it where it named
 * one), when and why, and the version it produced.
 */
public record IndicatorChange(String code, long version, ChangeType type, Actor actor, Instant at, String reason,
        Map<String, FieldChange> changes) {

    public IndicatorChange {
        changes = Map.copyOf(changes);
    }
}
