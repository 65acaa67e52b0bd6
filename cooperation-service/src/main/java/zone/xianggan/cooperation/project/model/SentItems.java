package zone.xianggan.cooperation.project.model;

import java.util.ArrayList;
import java.util.List;

import zone.xianggan.kernel.domain.Violation;

/**
 * The items of a list a request sends, each read with its path in the request ({@code milestones[0]}) so that a
 * refusal names the item; a missing item is refused at its place.
 */
final class SentItems {

    private SentItems() {
    }

    /** What each item gives; an item that gives null (refused) is left out. */
    static <I, T> List<T> read(String field, List<I> inputs, List<Violation> violations, Item<I, T> item) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = field + "[" + i + "]";
            I input = inputs.get(i);
            if (input == null) {
                violations.add(Violation.of(at, "is required"));
                continue;
            }
            T read = item.read(at, i + 1, input);
            if (read != null) {
                items.add(read);
            }
        }
        return items;
    }

    /** Refuses a list longer than {@code max}; true if it was. */
    static boolean tooMany(String field, List<?> inputs, int max, List<Violation> violations) {
        if (inputs.size() <= max) {
            return false;
        }
        violations.add(Violation.of(field, "at most " + max + " " + field));
        return true;
    }

    interface Item<I, T> {

        /** The item at path {@code at} in the request, numbered from 1; null if it is refused. */
        T read(String at, int number, I input);
    }
}
