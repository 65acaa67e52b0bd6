package zone.xianggan.subscriber.tables;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;

/** The tables in memory, for the rules alone; JdbcTables is run against PostgreSQL by SubscriberIT. */
class InMemoryTables implements Tables {

    final Set<String> processed = new HashSet<>();
    final Map<String, CountySnapshot> counties = new HashMap<>();
    final Map<List<String>, ReportedValue> values = new HashMap<>();

    @Override
    public boolean markProcessed(String eventId) {
        return processed.add(eventId);
    }

    @Override
    public Optional<Long> countyVersion(String code) {
        return Optional.ofNullable(counties.get(code)).map(CountySnapshot::version);
    }

    @Override
    public void putCounty(String eventId, CountySnapshot county) {
        counties.put(county.code(), county);
    }

    @Override
    public Optional<Long> valueRevision(String countyCode, String indicatorCode, String period) {
        return Optional.ofNullable(values.get(List.of(countyCode, indicatorCode, period)))
                .map(value -> (long) value.revision());
    }

    @Override
    public void putValue(String eventId, ReportedValue value) {
        values.put(List.of(value.countyCode(), value.indicatorCode(), value.period()), value);
    }
}
