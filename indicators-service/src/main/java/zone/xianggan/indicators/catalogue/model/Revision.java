package zone.xianggan.indicators.catalogue.model;

import java.util.Map;

/** An indicator after a change, with what changed. */
public record Revision(Indicator indicator, ChangeType type, Map<String, FieldChange> changes) {

    public Revision {
        changes = Map.copyOf(changes);
    }
}
