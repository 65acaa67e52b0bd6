package zone.xianggan.indicators.reporting.model;

import java.math.BigDecimal;
import java.time.Instant;

import zone.xianggan.kernel.access.Actor;

/**
 * One revision of a value: revision 1 is the first report, each later one a different value (or note, or source)
 * sent for the same unit, indicator and period. Kept for ever; the latest is the current value.
 *
 * @param previousValue the value this revision replaced; null for revision 1
 * @param reason        why it was revised, as the reporter said
 * @param reportedBy    who reported it: the agency, and the person acting for it where the agency named one
 */
public record ValueRevision(ValueKey key, int revision, BigDecimal value, BigDecimal previousValue, String note,
        String source, String reason, Actor reportedBy, Instant reportedAt) {

    public boolean isFirst() {
        return revision == 1;
    }
}
