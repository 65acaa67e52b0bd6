package zone.xianggan.indicators.reporting.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.ConflictException;

/**
 * The current values and the revisions they superseded in memory, held to the check the database makes: a revision
 * replaces the current value only if that is still the revision it revises.
 */
public class InMemoryValues implements Values {

    private static final Comparator<ValueRevision> AS_FOUND = Comparator
            .comparing((ValueRevision value) -> value.key().indicatorCode())
            .thenComparing(value -> value.key().countyCode())
            .thenComparing(value -> value.key().period());

    private final Map<ValueKey, ValueRevision> current = new HashMap<>();
    private final List<ValueRevision> superseded = new ArrayList<>();

    /** A store whose current values are these. */
    public static InMemoryValues holding(ValueRevision... held) {
        return holding(List.of(held));
    }

    /** A store whose current values are those of the lists. */
    @SafeVarargs
    public static InMemoryValues holding(List<ValueRevision>... held) {
        InMemoryValues values = new InMemoryValues();
        Stream.of(held).flatMap(List::stream).forEach(value -> values.current.put(value.key(), value));
        return values;
    }

    /** The use case that reads this store. */
    public ReadingValues reading() {
        return new ReadingValues(this);
    }

    @Override
    public Map<ValueKey, ValueRevision> current(Collection<ValueKey> keys) {
        Map<ValueKey, ValueRevision> found = new HashMap<>();
        keys.stream().filter(current::containsKey).forEach(key -> found.put(key, current.get(key)));
        return found;
    }

    @Override
    public void store(List<ValueRevision> revisions, List<ValueRevision> replaced) {
        for (ValueRevision revision : revisions) {
            ValueRevision held = current.get(revision.key());
            if (revision.isFirst() ? held != null : held == null || held.revision() != revision.revision() - 1) {
                throw new ConflictException("a value of this batch was revised by another report meanwhile");
            }
            current.put(revision.key(), revision);
        }
        superseded.addAll(replaced);
    }

    @Override
    public List<ValueRevision> find(ValueFilter filter) {
        return current.values().stream()
                .filter(value -> filter.countyCodes().isEmpty()
                        || filter.countyCodes().contains(value.key().countyCode()))
                .filter(value -> filter.indicatorCodes().isEmpty()
                        || filter.indicatorCodes().contains(value.key().indicatorCode()))
                .filter(value -> filter.periods().isEmpty() || filter.periods().contains(value.key().period()))
                .filter(value -> filter.source() == null || filter.source().equals(value.source()))
                .sorted(AS_FOUND).toList();
    }

    @Override
    public List<ValueRevision> changedSince(ValueFilter filter, Instant after, Instant fromReportedAt,
            ValueKey fromKey, int limit) {
        Comparator<ValueRevision> byChange = Comparator.comparing(ValueRevision::reportedAt).thenComparing(AS_FOUND);
        ValueRevision from = fromKey == null ? null : new ValueRevision(fromKey, 1, BigDecimal.ZERO, null, null, null,
                null, Actor.system("cursor"), fromReportedAt);
        return find(filter).stream()
                .filter(value -> value.reportedAt().isAfter(after))
                .filter(value -> from == null || byChange.compare(value, from) > 0)
                .sorted(byChange).limit(limit).toList();
    }

    @Override
    public List<ValueRevision> history(ValueKey key) {
        return Stream.concat(superseded.stream(), Stream.ofNullable(current.get(key)))
                .filter(value -> value.key().equals(key))
                .sorted(Comparator.comparingInt(ValueRevision::revision)).toList();
    }
}
