package zone.xianggan.events.compatibility;

import static zone.xianggan.events.compatibility.BreakingChange.Kind.CONSTRAINT_CHANGED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.CONSTRAINT_LOOSENED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.CONSTRAINT_TIGHTENED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.ENUM_VALUE_ADDED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.ENUM_VALUE_REMOVED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.TYPE_CHANGED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.TYPE_NARROWED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.TYPE_WIDENED;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What a schema asks of a value itself: its type, its enum, and its constraints. Under FULL any change here breaks
 * one direction or the other, so the point of this class is to name the change and the direction it breaks.
 */
final class ValueChanges {

    /** Raising these refuses values the released schema admitted. */
    private static final List<String> LOWER_BOUNDS = List.of("minimum", "minLength", "minItems");
    private static final List<String> UPPER_BOUNDS = List.of("maximum", "maxLength", "maxItems");
    /** Keywords whose values cannot be ordered from loose to tight: any other value may refuse either side's data. */
    private static final List<String> EXACT = List.of("const", "pattern", "format");

    private ValueChanges() {
    }

    static void compare(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        compareTypes(released, current, changes);
        compareEnums(released, current, changes);
        for (String keyword : LOWER_BOUNDS) {
            compareBound(released, current, keyword, 1, changes);
        }
        for (String keyword : UPPER_BOUNDS) {
            compareBound(released, current, keyword, -1, changes);
        }
        for (String keyword : EXACT) {
            if (bothHave(released, current, keyword, changes)
                    && !released.get(keyword).equals(current.get(keyword))) {
                changes.add(change(current, keyword, CONSTRAINT_CHANGED, released, current));
            }
        }
        compareUniqueItems(released, current, changes);
    }

    /**
     * Whether both schemas have the keyword; where only one does, reports that as the constraint added (tightened)
     * or removed (loosened).
     */
    static boolean bothHave(SchemaNode released, SchemaNode current, String keyword, List<BreakingChange> changes) {
        if (released.has(keyword) && !current.has(keyword)) {
            changes.add(change(current, keyword, CONSTRAINT_LOOSENED, released, current));
        } else if (!released.has(keyword) && current.has(keyword)) {
            changes.add(change(current, keyword, CONSTRAINT_TIGHTENED, released, current));
        }
        return released.has(keyword) && current.has(keyword);
    }

    private static void compareTypes(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        Set<String> was = released.types();
        Set<String> is = current.types();
        if (was.equals(is)) {
            return;
        }
        boolean narrowed = admitsAll(was, is);
        boolean widened = admitsAll(is, was);
        BreakingChange.Kind kind = narrowed ? TYPE_NARROWED : widened ? TYPE_WIDENED : TYPE_CHANGED;
        changes.add(change(current, "type", kind, released, current));
    }

    /** Whether every value of one of {@code types} is also of one of {@code admitting}; no types at all admit all. */
    private static boolean admitsAll(Set<String> admitting, Set<String> types) {
        if (admitting.isEmpty()) {
            return true;
        }
        return !types.isEmpty() && types.stream().allMatch(type -> admitting.contains(type)
                || "integer".equals(type) && admitting.contains("number"));
    }

    private static void compareEnums(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        if (!bothHave(released, current, "enum", changes)) {
            return;
        }
        Set<JsonNode> was = released.enumValues();
        Set<JsonNode> is = current.enumValues();
        was.stream().filter(value -> !is.contains(value)).forEach(value -> changes
                .add(new BreakingChange(current.path("enum"), ENUM_VALUE_REMOVED, value.toString())));
        is.stream().filter(value -> !was.contains(value)).forEach(value -> changes
                .add(new BreakingChange(current.path("enum"), ENUM_VALUE_ADDED, value.toString())));
    }

    /** {@code tighterSign} is 1 where a larger bound admits less (a minimum), -1 where a smaller one does. */
    private static void compareBound(SchemaNode released, SchemaNode current, String keyword, int tighterSign,
            List<BreakingChange> changes) {
        if (!bothHave(released, current, keyword, changes)) {
            return;
        }
        int comparison = current.get(keyword).decimalValue().compareTo(released.get(keyword).decimalValue());
        if (comparison != 0) {
            BreakingChange.Kind kind = comparison * tighterSign > 0 ? CONSTRAINT_TIGHTENED : CONSTRAINT_LOOSENED;
            changes.add(change(current, keyword, kind, released, current));
        }
    }

    private static void compareUniqueItems(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        boolean was = released.has("uniqueItems") && released.get("uniqueItems").booleanValue();
        boolean is = current.has("uniqueItems") && current.get("uniqueItems").booleanValue();
        if (was != is) {
            changes.add(change(current, "uniqueItems", is ? CONSTRAINT_TIGHTENED : CONSTRAINT_LOOSENED, released,
                    current));
        }
    }

    private static BreakingChange change(SchemaNode at, String keyword, BreakingChange.Kind kind,
            SchemaNode released, SchemaNode current) {
        return new BreakingChange(at.path(keyword), kind, detail(keyword, released, current));
    }

    /** The keyword's value in each schema, for a developer to read in a failed build. */
    static String detail(String keyword, SchemaNode released, SchemaNode current) {
        return keyword + " " + shown(released.get(keyword)) + " → " + shown(current.get(keyword));
    }

    private static String shown(JsonNode value) {
        return Objects.toString(value, "absent");
    }
}
