package zone.xianggan.registry.layout.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;

/** The plan's spatial elements and the history of their members in memory, held to the database's version check. */
class InMemorySpatialElements implements SpatialElements {

    private final Map<String, SpatialElement> elements = new TreeMap<>();
    private final List<MembershipChange> history = new ArrayList<>();

    @Override
    public List<SpatialElement> findAll() {
        return elements.values().stream()
                .sorted(Comparator.comparing(SpatialElement::kind).thenComparing(SpatialElement::id)).toList();
    }

    @Override
    public Optional<SpatialElement> find(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    /** A test runs on one thread: there is no other transaction to keep out. */
    @Override
    public Optional<SpatialElement> lock(String id) {
        return find(id);
    }

    @Override
    public void insert(SpatialElement element) {
        if (elements.putIfAbsent(element.id(), element) != null) {
            throw new IllegalStateException("element " + element.id() + " is stored already");
        }
    }

    @Override
    public void update(SpatialElement element, long expectedVersion) {
        SpatialElement stored = elements.get(element.id());
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, stored.version());
        }
        elements.put(element.id(), element);
    }

    @Override
    public void appendHistory(MembershipChange change) {
        history.add(change);
    }

    @Override
    public List<MembershipChange> history(String id) {
        return history.stream().filter(change -> change.elementId().equals(id))
                .sorted(Comparator.comparingLong(MembershipChange::version)).toList();
    }
}
