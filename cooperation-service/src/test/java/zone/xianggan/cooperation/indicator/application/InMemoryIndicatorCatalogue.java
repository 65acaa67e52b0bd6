package zone.xianggan.cooperation.indicator.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zone.xianggan.events.indicators.IndicatorSnapshot;

/** The catalogue replica in a map, the highest version of each indicator winning, for tests of the use cases. */
public class InMemoryIndicatorCatalogue implements IndicatorCatalogue {

    private final Map<String, IndicatorSnapshot> indicators = new LinkedHashMap<>();

    public static InMemoryIndicatorCatalogue holding(IndicatorSnapshot... held) {
        InMemoryIndicatorCatalogue catalogue = new InMemoryIndicatorCatalogue();
        for (IndicatorSnapshot indicator : held) {
            catalogue.storeIfNewer(indicator, "seeded");
        }
        return catalogue;
    }

    /** The use case that reads this catalogue. */
    public ReadingIndicators reading() {
        return new ReadingIndicators(this);
    }

    @Override
    public Optional<IndicatorSnapshot> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    @Override
    public List<IndicatorSnapshot> findAll() {
        return List.copyOf(indicators.values());
    }

    @Override
    public boolean storeIfNewer(IndicatorSnapshot snapshot, String eventId) {
        IndicatorSnapshot held = indicators.get(snapshot.code());
        if (held != null && held.version() >= snapshot.version()) {
            return false;
        }
        indicators.put(snapshot.code(), snapshot);
        return true;
    }

    @Override
    public boolean isEmpty() {
        return indicators.isEmpty();
    }
}
