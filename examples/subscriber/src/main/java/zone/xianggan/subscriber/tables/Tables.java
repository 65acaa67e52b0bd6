package zone.xianggan.subscriber.tables;

import java.util.Optional;

import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;

/** The subscriber's own tables, as {@link EventApplier} reads and writes them within one transaction. */
public interface Tables {

    /** Records the event as processed; false if it already was. */
    boolean markProcessed(String eventId);

    /** The version of the unit held, locked until the transaction ends. */
    Optional<Long> countyVersion(String code);

    void putCounty(String eventId, CountySnapshot county);

    /** The revision of the value held for that unit, indicator and period, locked until the transaction ends. */
    Optional<Long> valueRevision(String countyCode, String indicatorCode, String period);

    void putValue(String eventId, ReportedValue value);
}
