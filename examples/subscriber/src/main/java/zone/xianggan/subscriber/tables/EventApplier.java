package zone.xianggan.subscriber.tables;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;

/**
 * Applies each event once, in one transaction: an event already processed changes nothing, and neither does one
 * whose version (a unit's) or revision (a value's) is no newer than the one held. So a record delivered twice, a
 * group rewound, or a late older event leaves the tables as they were, and they always hold the newest state.
 */
@Service
public class EventApplier {

    private final Tables tables;

    public EventApplier(Tables tables) {
        this.tables = tables;
    }

    @Transactional
    public Outcome county(String eventId, CountySnapshot county) {
        return apply(eventId, () -> tables.countyVersion(county.code()), county.version(),
                () -> tables.putCounty(eventId, county));
    }

    @Transactional
    public Outcome value(String eventId, ReportedValue value) {
        return apply(eventId,
                () -> tables.valueRevision(value.countyCode(), value.indicatorCode(), value.period()),
                value.revision(), () -> tables.putValue(eventId, value));
    }

    private Outcome apply(String eventId, Supplier<Optional<Long>> held, long incoming, Runnable put) {
        if (!tables.markProcessed(eventId)) {
            return Outcome.DUPLICATE;
        }
        if (held.get().filter(version -> version >= incoming).isPresent()) {
            return Outcome.OUTDATED;
        }
        put.run();
        return Outcome.APPLIED;
    }
}
