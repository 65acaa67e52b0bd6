package zone.xianggan.cooperation.indicator.application;

import java.util.List;
import java.util.Optional;

import zone.xianggan.events.indicators.IndicatorSnapshot;

/** This service's copy of the indicator catalogue, built only from {@code indicators.catalogue.v1}. */
public interface IndicatorCatalogue {

    Optional<IndicatorSnapshot> find(String code);

    List<IndicatorSnapshot> findAll();

    /** Stores the definition unless one with the same or a higher version is held; true if it was stored. */
    boolean storeIfNewer(IndicatorSnapshot snapshot, String eventId);

    boolean isEmpty();
}
