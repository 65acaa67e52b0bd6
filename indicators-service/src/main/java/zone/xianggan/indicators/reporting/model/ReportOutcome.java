package zone.xianggan.indicators.reporting.model;

/** What became of one report. */
public enum ReportOutcome {
    /** The first value for its unit, indicator and period: revision 1. */
    IMPORTED,
    /** A different value than the current one: the next revision. */
    REVISED,
    /** The same value, note and source as the current one: nothing changes, nothing is published. */
    UNCHANGED,
    REJECTED
}
