package zone.xianggan.cooperation.indicator.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;

/**
 * Takes the indicator events this service needs: catalogue definitions (the highest version wins) and reported
 * values (the highest revision per county, indicator and period wins). A duplicate or an older event changes
 * nothing, so redelivery is harmless; each effect commits with the version or revision that records it.
 */
@Service
public class ReplicatingIndicators {

    private static final Logger log = LoggerFactory.getLogger(ReplicatingIndicators.class);

    private final IndicatorCatalogue catalogue;
    private final ReportedValues values;
    private final Counter applied;
    private final Counter ignored;

    ReplicatingIndicators(IndicatorCatalogue catalogue, ReportedValues values, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.values = values;
        this.applied = Counter.builder("zone.indicators.replica.applied")
                .description("Indicator definitions and reported values this service took").register(meters);
        this.ignored = Counter.builder("zone.indicators.replica.ignored")
                .description("Indicator events ignored as duplicates or older than what is held").register(meters);
    }

    @Transactional
    public boolean define(IndicatorSnapshot indicator, String eventId) {
        return counted(catalogue.storeIfNewer(indicator, eventId), "indicator " + indicator.code() + " version "
                + indicator.version());
    }

    @Transactional
    public boolean report(ReportedValue value, String eventId) {
        return counted(values.storeIfHigherRevision(value, eventId), value.indicatorCode() + " of "
                + value.countyCode() + " for " + value.period() + " revision " + value.revision());
    }

    public boolean catalogueIsEmpty() {
        return catalogue.isEmpty();
    }

    public boolean valuesAreEmpty() {
        return values.isEmpty();
    }

    private boolean counted(boolean stored, String what) {
        (stored ? applied : ignored).increment();
        log.debug("{} {}", stored ? "Took" : "Ignored (not newer)", what);
        return stored;
    }
}
