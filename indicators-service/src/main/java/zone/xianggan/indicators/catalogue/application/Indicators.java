package zone.xianggan.indicators.catalogue.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.VersionedStore;

/** Where the catalogue keeps its indicators and their history. */
public interface Indicators extends VersionedStore<String, Indicator> {

    /** Every indicator, ordered by code. */
    List<Indicator> findAll();

    /** Every indicator by code: one read, for checking a definition or a batch in memory. */
    default Map<String, Indicator> byCode() {
        return findAll().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    void appendHistory(HistoryEntry<ChangeType> change, IndicatorSnapshot snapshot);

    List<HistoryEntry<ChangeType>> history(String code);

    /** Indicators a migration entered that have no history yet (and so no event), their rows locked. */
    List<Indicator> lockUnrecorded();
}
