package zone.xianggan.kernel.change;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;

/**
 * "What changed since": the items whose last change is strictly after an instant (SDMX REST's {@code updatedAfter}),
 * each in its current state, oldest change first and, between items changed at the same instant, by key; read in
 * parts like any list.
 *
 * <p>A part goes on after the <em>change</em> of the last item given (its change time and key), not after the item:
 * an item that changes again while a caller reads the parts leaves its place and comes again, later, in its new
 * state, and no other item is skipped for it. A cursor of this kind names a position, so it stays valid whatever
 * changes meanwhile.
 */
public record ChangesSince(Instant after) {

    private static final int MAX_LENGTH = 64;

    /**
     * Reads the instant a caller sent: ISO-8601 with its offset, {@code 2026-12-07T08:00:00Z} or
     * {@code 2026-12-07T16:00:00+08:00}; anything else is malformed input naming {@code field}.
     */
    public static ChangesSince parse(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        // An unencoded "+" of an offset reaches a query parameter as a space.
        text = text.replace(' ', '+');
        if (!text.isEmpty() && text.length() <= MAX_LENGTH) {
            try {
                return new ChangesSince(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant());
            } catch (DateTimeException notAnInstant) {
                // refused below
            }
        }
        throw new MalformedInputException(Violation.of(field, "must be an ISO-8601 instant with its offset, e.g. "
                + "2026-12-07T08:00:00Z or 2026-12-07T16:00:00%2B08:00 (a \"+\" written %2B in a URL)", raw));
    }

    /** Whether an item last changed at {@code changedAt} is one of these changes. */
    public boolean includes(Instant changedAt) {
        return changedAt.isAfter(after);
    }

    /**
     * The part of {@code items} that {@code request} asks for: those changed after the instant, in change order.
     *
     * @param items in any order, changed after the instant or not
     */
    public <T> Page<T> page(Collection<T> items, Function<? super T, Instant> changedAt,
            Function<? super T, String> key, PageRequest request) {
        Position from = Position.of(request);
        Function<T, Position> position = item -> new Position(changedAt.apply(item), key.apply(item));
        List<T> ordered = items.stream()
                .filter(item -> includes(changedAt.apply(item)))
                .filter(item -> from == null || position.apply(item).compareTo(from) > 0)
                .sorted(Comparator.comparing(position))
                .limit(request.limit() + 1L)
                .toList();
        return part(ordered, request.limit(), position);
    }

    /**
     * A part from a store's read of at most {@code limit + 1} items in change order after {@link Position#of}: the
     * one past the limit, if there, only tells that more follow.
     */
    public static <T> Page<T> part(List<T> ordered, int limit, Function<? super T, Position> position) {
        if (ordered.size() <= limit) {
            return new Page<>(ordered, null);
        }
        List<T> items = ordered.subList(0, limit);
        return new Page<>(items, position.apply(items.getLast()).asKey());
    }

    /**
     * Where in a list of changes a part ends: the change time and key of its last item.
     *
     * @param key the item's key; its text order is the order between items changed at the same instant
     */
    public record Position(Instant changedAt, String key) implements Comparable<Position> {

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::changedAt)
                .thenComparing(Position::key);

        /**
         * Where {@code request} goes on from; null for the first part. A cursor of another kind of list (a plain
         * key) is refused, naming {@code cursor}.
         */
        public static Position of(PageRequest request) {
            String after = request.after();
            if (after == null) {
                return null;
            }
            int space = after.indexOf(' ');
            if (space > 0 && space < after.length() - 1) {
                try {
                    return new Position(Instant.parse(after.substring(0, space)), after.substring(space + 1));
                } catch (DateTimeException notAPosition) {
                    // refused below
                }
            }
            throw new MalformedInputException(Violation.of("cursor", "is not a cursor of a list of changes: pass "
                    + "the cursor of a Link header with the query it came with, or start again without one"));
        }

        /** The key a cursor carries for this position. */
        String asKey() {
            return changedAt + " " + key;
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }
}
