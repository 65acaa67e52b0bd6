package zone.xianggan.cooperation.indicator.application;

import java.util.Collection;
import java.util.List;

import zone.xianggan.cooperation.indicator.model.LatestValue;
import zone.xianggan.events.indicators.ReportedValue;

/** The latest revision of every value reported on {@code indicators.values.v1}. */
public interface ReportedValues {

    /**
     * Stores the value unless the same or a higher revision is held for its county, indicator and period; true if it
     * was stored.
     */
    boolean storeIfHigherRevision(ReportedValue value, String eventId);

    /** Every value held of these indicators for these units, all periods. */
    List<LatestValue> of(Collection<String> indicatorCodes, Collection<String> countyCodes);

    boolean isEmpty();
}
