package zone.xianggan.kernel.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which part of a list to answer: at most {@code limit} items, those after the item whose key is {@code after} (the
 * last one the caller has), or from the first. A list is in a fixed order, and the key names an item (a code, an id,
 * a version), not a position: items added before it meanwhile do not shift the next part, and none is skipped or
 * given twice.
 *
 * @param after the key of the last item of the part before; null for the first part
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
    }

    /** The first part of a list, as long as allowed: for a caller that reads a whole list of known size. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /**
     * The part of {@code ordered} this request asks for; a key that names no item of the list (it was another
     * query's, say) is refused, naming {@code cursor}.
     */
    public <T> Page<T> of(List<T> ordered, Function<? super T, String> key) {
        int from = 0;
        if (after != null) {
            from = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (Objects.equals(after, key.apply(ordered.get(i)))) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                throw new MalformedInputException(Violation.of("cursor", "names no item of this list: pass the "
                        + "cursor of a Link header with the query it came with, or start again without one"));
            }
        }
        int to = Math.min(ordered.size(), from + limit);
        List<T> items = List.copyOf(ordered.subList(from, to));
        return new Page<>(items, to < ordered.size() && !items.isEmpty() ? key.apply(items.getLast()) : null);
    }
}
