package zone.xianggan.indicators.reporting.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;

/**
 * Where reported values are kept: the current (latest) revision of each key, and every revision a later one has
 * superseded, for ever.
 */
public interface Values {

    /** The current value of each of the keys that has one: one round trip (or a few) for a whole batch. */
    Map<ValueKey, ValueRevision> current(Collection<ValueKey> keys);

    /**
     * Makes each new revision its key's current value, and keeps each superseded one in the history, with JDBC
     * batches. A revision above 1 replaces the current value only if that is still the revision it revises;
     * otherwise it fails, and the transaction with it, so that two reporters never overwrite each other unseen.
     *
     * @param superseded the current values that the revisions above 1 replace, as read in this transaction
     */
    void store(List<ValueRevision> revisions, List<ValueRevision> superseded);

    /** Current values matching the filter, by unit, indicator and period. */
    List<ValueRevision> find(ValueFilter filter);

    /**
     * Current values matching the filter whose revision was reported strictly after {@code after}, by report time,
     * then indicator, unit and period; only those after the value {@code fromKey} reported at
     * {@code fromReportedAt} where those are given; at most {@code limit}.
     */
    List<ValueRevision> changedSince(ValueFilter filter, Instant after, Instant fromReportedAt, ValueKey fromKey,
            int limit);

    /** Every revision of one value, oldest first. */
    List<ValueRevision> history(ValueKey key);
}
