package zone.xianggan.indicators.catalogue.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.StaleVersionException;

/** The catalogue and its history in memory, held to the version check the database makes. */
public class InMemoryIndicators implements Indicators {

    private final Map<String, Indicator> indicators = new TreeMap<>();
    private final List<HistoryEntry<ChangeType>> history = new ArrayList<>();

    /** A catalogue that already holds these indicators, as a migration entered them: without their history. */
    public static InMemoryIndicators holding(Indicator... held) {
        InMemoryIndicators catalogue = new InMemoryIndicators();
        for (Indicator indicator : held) {
            catalogue.insert(indicator);
        }
        return catalogue;
    }

    /** The use case that reads this catalogue. */
    public ReadingCatalogue reading() {
        return new ReadingCatalogue(this);
    }

    @Override
    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** A test runs on one thread: there is no other transaction to keep out. */
    @Override
    public Optional<Indicator> lock(String code) {
        return find(code);
    }

    @Override
    public List<Indicator> findAll() {
        return List.copyOf(indicators.values());
    }

    @Override
    public void insert(Indicator indicator) {
        if (indicators.putIfAbsent(indicator.code(), indicator) != null) {
            throw new IllegalStateException("indicator " + indicator.code() + " is stored already");
        }
    }

    @Override
    public void update(Indicator indicator, long expectedVersion) {
        Indicator stored = indicators.get(indicator.code());
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, stored.version());
        }
        indicators.put(indicator.code(), indicator);
    }

    /** No use case reads the stored snapshot back: the event appended with the entry carries the same one. */
    @Override
    public void appendHistory(HistoryEntry<ChangeType> change, IndicatorSnapshot snapshot) {
        history.add(change);
    }

    @Override
    public List<HistoryEntry<ChangeType>> history(String code) {
        return history.stream().filter(entry -> entry.subject().equals(code))
                .sorted(Comparator.comparingLong(HistoryEntry::version)).toList();
    }

    @Override
    public List<Indicator> lockUnrecorded() {
        return indicators.values().stream().filter(indicator -> history(indicator.code()).isEmpty()).toList();
    }
}
