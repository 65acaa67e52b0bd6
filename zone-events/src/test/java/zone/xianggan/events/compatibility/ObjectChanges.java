package zone.xianggan.events.compatibility;

import static zone.xianggan.events.compatibility.BreakingChange.Kind.OBJECT_CLOSED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.OBJECT_OPENED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.PROPERTY_ADDED_TO_CLOSED_OBJECT;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.PROPERTY_MADE_OPTIONAL;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.PROPERTY_MADE_REQUIRED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.PROPERTY_REMOVED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.REQUIRED_PROPERTY_ADDED;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a schema asks of an object: which properties it declares, which it requires, and whether it admits others.
 * The one change FULL lets through lives here: an optional property added to an open object (see
 * {@link FullCompatibility} for why).
 */
final class ObjectChanges {

    private ObjectChanges() {
    }

    static void compare(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        List<String> was = released.propertyNames();
        List<String> is = current.propertyNames();
        for (String name : was) {
            if (!is.contains(name)) {
                changes.add(new BreakingChange(released.path("properties/" + name), PROPERTY_REMOVED, name));
            }
        }
        for (String name : is) {
            if (!was.contains(name)) {
                compareAdded(released, current, name, changes);
            }
        }
        compareRequired(released, current, changes);
        for (String name : was) {
            if (is.contains(name)) {
                FullCompatibility.compare(released.property(name), current.property(name), changes);
            }
        }
        if (released.open() != current.open()) {
            changes.add(new BreakingChange(current.path("additionalProperties"),
                    current.open() ? OBJECT_OPENED : OBJECT_CLOSED,
                    ValueChanges.detail("additionalProperties", released, current)));
        }
    }

    private static void compareAdded(SchemaNode released, SchemaNode current, String name,
            List<BreakingChange> changes) {
        String path = current.path("properties/" + name);
        if (current.required().contains(name)) {
            changes.add(new BreakingChange(path, REQUIRED_PROPERTY_ADDED, name));
        } else if (!released.open()) {
            changes.add(new BreakingChange(path, PROPERTY_ADDED_TO_CLOSED_OBJECT, name));
        }
    }

    /** Of the properties both schemas declare, and any a schema requires without declaring. */
    private static void compareRequired(SchemaNode released, SchemaNode current, List<BreakingChange> changes) {
        Set<String> names = new LinkedHashSet<>(released.required());
        names.addAll(current.required());
        names.removeIf(name -> released.propertyNames().contains(name) != current.propertyNames().contains(name));
        for (String name : names) {
            boolean was = released.required().contains(name);
            boolean is = current.required().contains(name);
            if (was != is) {
                changes.add(new BreakingChange(current.path("properties/" + name),
                        is ? PROPERTY_MADE_REQUIRED : PROPERTY_MADE_OPTIONAL, name));
            }
        }
    }
}
