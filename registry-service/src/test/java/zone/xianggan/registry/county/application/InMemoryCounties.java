package zone.xianggan.registry.county.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;

/** The registry's units and their history in memory, held to the version check the database makes. */
public class InMemoryCounties implements Counties {

    private final Map<CountyCode, County> units = new TreeMap<>();
    private final List<HistoryEntry<ChangeType>> history = new ArrayList<>();

    @Override
    public Optional<County> find(CountyCode code) {
        return Optional.ofNullable(units.get(code));
    }

    /** A test runs on one thread: there is no other transaction to keep out. */
    @Override
    public Optional<County> lock(CountyCode code) {
        return find(code);
    }

    @Override
    public List<County> findAll() {
        return List.copyOf(units.values());
    }

    @Override
    public List<County> membersOf(String elementId) {
        return units.values().stream().filter(county -> county.isMemberOf(elementId)).toList();
    }

    @Override
    public void insert(County county) {
        if (units.putIfAbsent(county.code(), county) != null) {
            throw new IllegalStateException("unit " + county.code() + " is stored already");
        }
    }

    @Override
    public void update(County county, long expectedVersion) {
        County stored = units.get(county.code());
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, stored.version());
        }
        units.put(county.code(), county);
    }

    /** No use case reads the stored snapshot back: the event appended with the entry carries the same one. */
    @Override
    public void appendHistory(HistoryEntry<ChangeType> change, CountySnapshot snapshot) {
        history.add(change);
    }

    @Override
    public List<HistoryEntry<ChangeType>> history(CountyCode code) {
        return history.stream().filter(entry -> entry.subject().equals(code.value()))
                .sorted(Comparator.comparingLong(HistoryEntry::version)).toList();
    }
}
