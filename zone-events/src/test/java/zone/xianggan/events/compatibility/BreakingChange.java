package zone.xianggan.events.compatibility;

import static zone.xianggan.events.compatibility.BreakingChange.Broken.BACKWARD;
import static zone.xianggan.events.compatibility.BreakingChange.Broken.BOTH;
import static zone.xianggan.events.compatibility.BreakingChange.Broken.FORWARD;

/**
 * A difference between a released schema and the current one that some subscriber cannot live with: where it is
 * (a JSON pointer into the schema, along the way a reader of the data goes, {@code $ref}s followed), what changed,
 * and which of the two directions of FULL compatibility it breaks.
 */
public record BreakingChange(String path, Kind kind, String detail) {

    /** Confluent's two directions; FULL needs both. */
    public enum Broken {
        BACKWARD("readers of the current schema refuse released data"),
        FORWARD("readers of a released schema refuse or miss current data"),
        BOTH("neither schema's readers accept the other's data");

        private final String consequence;

        Broken(String consequence) {
            this.consequence = consequence;
        }
    }

    public enum Kind {
        PROPERTY_REMOVED(FORWARD, "property removed"),
        REQUIRED_PROPERTY_ADDED(BACKWARD, "new property is required"),
        PROPERTY_ADDED_TO_CLOSED_OBJECT(FORWARD, "property added where additionalProperties is false"),
        PROPERTY_MADE_REQUIRED(BACKWARD, "property became required"),
        PROPERTY_MADE_OPTIONAL(FORWARD, "property is no longer required"),
        OBJECT_CLOSED(BACKWARD, "additionalProperties closed"),
        OBJECT_OPENED(FORWARD, "additionalProperties opened"),
        TYPE_NARROWED(BACKWARD, "type narrowed"),
        TYPE_WIDENED(FORWARD, "type widened"),
        TYPE_CHANGED(BOTH, "type changed"),
        ENUM_VALUE_REMOVED(BACKWARD, "enum value removed"),
        ENUM_VALUE_ADDED(FORWARD, "enum value added"),
        CONSTRAINT_TIGHTENED(BACKWARD, "constraint tightened"),
        CONSTRAINT_LOOSENED(FORWARD, "constraint loosened"),
        CONSTRAINT_CHANGED(BOTH, "constraint changed"),
        ALTERNATIVES_CHANGED(BOTH, "oneOf alternatives added or removed"),
        SHAPE_CHANGED(BOTH, "schema built from other keywords");

        private final Broken broken;
        private final String description;

        Kind(Broken broken, String description) {
            this.broken = broken;
            this.description = description;
        }
    }

    public Broken broken() {
        return kind.broken;
    }

    @Override
    public String toString() {
        return path + ": " + kind.description + " (" + detail + "): " + kind.broken.consequence;
    }
}
