package zone.xianggan.indicators.catalogue.model;

import java.time.Instant;
import java.util.Map;

/** One entry of an indicator's history: who changed what, when and why, and the version it produced. */
public record IndicatorChange(String code, long version, ChangeType type, String actor, Instant at, String reason,
        Map<String, FieldChange> changes) {

    public IndicatorChange {
        changes = Map.copyOf(changes);
    }
}
