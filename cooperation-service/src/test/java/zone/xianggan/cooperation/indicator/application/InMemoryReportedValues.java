package zone.xianggan.cooperation.indicator.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.kernel.domain.Period;

/**
 * The reported values in a map, the highest revision per county, indicator and period winning, for tests of the use
 * cases.
 */
public class InMemoryReportedValues implements ReportedValues {

    private final Map<String, LatestValue> values = new LinkedHashMap<>();

    public static InMemoryReportedValues holding(LatestValue... held) {
        InMemoryReportedValues store = new InMemoryReportedValues();
        for (LatestValue value : held) {
            store.values.put(key(value.countyCode(), value.indicatorCode(), value.period()), value);
        }
        return store;
    }

    @Override
    public boolean storeIfHigherRevision(ReportedValue value, String eventId) {
        Period period = Period.parse("period", value.period());
        String key = key(value.countyCode(), value.indicatorCode(), period);
        LatestValue held = values.get(key);
        if (held != null && held.revision() >= value.revision()) {
            return false;
        }
        values.put(key, new LatestValue(value.countyCode(), value.indicatorCode(), period, value.value(),
                value.revision(), value.reportedAt()));
        return true;
    }

    @Override
    public List<LatestValue> of(Collection<String> indicatorCodes, Collection<String> countyCodes) {
        return values.values().stream().filter(value -> indicatorCodes.contains(value.indicatorCode())
                && countyCodes.contains(value.countyCode())).toList();
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static String key(String county, String indicator, Period period) {
        return county + "|" + indicator + "|" + period;
    }
}
