package zone.xianggan.indicators.reporting.application;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;

/** What agencies read of the values: time series, cross-sections, and the history of one value. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingValues {

    private final Values values;

    public List<ValueRevision> find(ValueFilter filter) {
        return values.find(filter);
    }

    /**
     * The current values matching the filter whose revision was reported strictly after the instant: a value first
     * reported or revised since, at its latest revision (a value revised twice since comes once); by report time,
     * then indicator, unit and period.
     */
    public Page<ValueRevision> changedSince(ValueFilter filter, ChangesSince since, PageRequest page) {
        ChangesSince.Position from = ChangesSince.Position.of(page);
        List<ValueRevision> read = values.changedSince(filter, since.after(), from == null ? null : from.changedAt(),
                from == null ? null : ValueKey.parse("cursor", from.key()), page.limit() + 1);
        return ChangesSince.part(read, page.limit(), value -> new ChangesSince.Position(value.reportedAt(),
                value.key().asText()));
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
