package zone.xianggan.indicators.reporting.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.domain.NotFoundException;

/** What agencies read of the values: time series, cross-sections, and the history of one value. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class ReadingValues {

    private final Values values;

    ReadingValues(Values values) {
        this.values = values;
    }

    public List<ValueRevision> find(ValueFilter filter) {
        return values.find(filter);
    }

    /** Every revision of the value, oldest first; 404 if none was ever reported. */
    public List<ValueRevision> history(ValueKey key) {
        List<ValueRevision> history = values.history(key);
        if (history.isEmpty()) {
            throw new NotFoundException("value", key.countyCode() + "/" + key.indicatorCode() + "/" + key.period());
        }
        return history;
    }
}
