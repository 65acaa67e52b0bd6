package zone.xianggan.events.compatibility;

import static zone.xianggan.events.compatibility.BreakingChange.Kind.ALTERNATIVES_CHANGED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.SHAPE_CHANGED;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The zone's compatibility rule for the JSON Schemas of its events: Confluent Schema Registry's FULL, stated for
 * JSON Schema, with one exception. Checked against every released revision it is FULL_TRANSITIVE.
 *
 * <p><b>FULL.</b> Confluent: BACKWARD means "consumers using new schema can read data written with old schema",
 * FORWARD "consumers using old schema can read data written with new schema", FULL both, and a transitive mode
 * checks "against all previous versions, not just the last one" (Schema Evolution and Compatibility,
 * docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html). For JSON Schema, reading
 * means validating: backward compatible means every document valid under the previous schema is valid under the
 * new one, and forward the reverse (the registry's maintainer in confluentinc/schema-registry#1490). That is the
 * sense that matters here, because the zone's consumers validate every event and park the ones that fail
 * ({@code CloudEventRecords}).
 *
 * <p><b>So under FULL nothing a reader asserts may change in either direction.</b> Confluent's JSON Schema checker
 * (json-schema-provider, {@code SchemaDiff.COMPATIBLE_CHANGES}) accepts a widening only one way, BACKWARD: an enum
 * extended, a required property dropped, a maxLength raised, a minimum lowered, a pattern removed, a type extended.
 * Checked both ways, each of them breaks. Hence, as decided here:
 * <ul>
 * <li>a property removed, or renamed (removed and added), breaks: Confluent lets it through BACKWARD only (a
 * property removed from an open model), and a subscriber that reads it loses it;
 * <li>a new required property, or an optional one made required, breaks BACKWARD: released data lacks it (Confluent
 * accepts it only with a {@code default}, which validators do not fill in, so {@code default} is refused);
 * <li>a required property made optional breaks FORWARD: released readers refuse new data without it;
 * <li>an enum value removed breaks BACKWARD; an enum value <em>added</em> breaks FORWARD: released readers refuse
 * it, and the zone's consumers would park such events. A new value is a new {@code …v2} type;
 * <li>a type narrowed (["string","null"] to "string", number to integer) breaks BACKWARD, widened breaks FORWARD;
 * <li>a bound tightened or loosened, a pattern, format or const changed, additionalProperties closed or opened:
 * each breaks one direction or both.
 * </ul>
 *
 * <p><b>The exception: an optional property added to an open object is compatible.</b> Confluent's default refuses
 * it (PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL) because an open schema lets old data carry that name with any value, so
 * new readers might refuse old data. The zone's writers write their data records and nothing else, and every
 * property of those records is declared in the schema ({@code DataRecordsDeclareTheirPropertiesTest}): no released
 * event carries a name its schema does not declare. Released readers ignore the new property, as an open object
 * lets them. Confluent's newer lenient policy accepts the addition too, and goes further than the zone, letting an
 * optional property be removed (confluentinc/schema-registry#4292). Added to a closed object
 * ({@code "additionalProperties": false}) the property still breaks released readers.
 *
 * <p><b>Stricter than Confluent</b>, on purpose: {@code format} is compared (Confluent's checker ignores it; the
 * zone's validators assert it); {@code oneOf} alternatives are compared in order; and a schema built from other
 * keywords (a {@code oneOf} for a type array) is reported even where it admits the same data. Annotations (title,
 * description, $comment, $id) change nothing; a {@code $ref} is followed, so moving a schema into {@code $defs}
 * changes nothing either. A keyword or form the check does not know is refused ({@link UnsupportedSchemaException}).
 *
 * <p>It lives in the test sources: it is the zone's gate on its own schemas. Subscribers get the promise it keeps,
 * not the tool.
 */
public final class FullCompatibility {

    private FullCompatibility() {
    }

    /** Every change from the released schema to the current one that breaks FULL compatibility, where it is. */
    public static List<BreakingChange> breakingChanges(JsonNode released, JsonNode current) {
        List<BreakingChange> changes = new ArrayList<>();
        compare(SchemaNode.root(released), SchemaNode.root(current), changes);
        return List.copyOf(changes);
    }

    static void compare(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        ValueChanges.compare(released, current, changes);
        ObjectChanges.compare(released, current, changes);
        if (ValueChanges.bothHave(released, current, "items", changes)) {
            compare(released.items(), current.items(), changes);
        }
        compareAlternatives(released, current, changes);
    }

    private static void compareAlternatives(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        if (released.has("oneOf") != current.has("oneOf")) {
            changes.add(new BreakingChange(current.path("oneOf"), SHAPE_CHANGED,
                    "oneOf " + (current.has("oneOf") ? "added" : "removed")));
            return;
        }
        if (!released.has("oneOf")) {
            return;
        }
        List<SchemaNode> was = released.alternatives();
        List<SchemaNode> is = current.alternatives();
        if (was.size() != is.size()) {
            changes.add(new BreakingChange(current.path("oneOf"), ALTERNATIVES_CHANGED,
                    was.size() + " alternatives → " + is.size()));
            return;
        }
        for (int i = 0; i < was.size(); i++) {
            compare(was.get(i), is.get(i), changes);
        }
    }
}
