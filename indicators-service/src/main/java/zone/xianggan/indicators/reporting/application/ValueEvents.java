package zone.xianggan.indicators.reporting.application;

import zone.xianggan.events.EventType;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.platform.outbox.PendingEvent;

/** A value's revision as subscribers of {@code indicators.values.v1} see it, keyed by the unit's code. */
final class ValueEvents {

    private ValueEvents() {
    }

    static PendingEvent of(ValueRevision revision) {
        ReportedValue data = new ReportedValue(revision.key().countyCode(), revision.key().indicatorCode(),
                revision.key().period().toString(), revision.value(), revision.note(), revision.source(),
                revision.reportedBy().agency(), revision.revision(), revision.previousValue(), revision.reason(),
                revision.reportedAt(), revision.reportedBy().person());
        return new PendingEvent(revision.isFirst() ? EventType.VALUE_REPORTED : EventType.VALUE_REVISED,
                revision.key().countyCode(), data);
    }
}
