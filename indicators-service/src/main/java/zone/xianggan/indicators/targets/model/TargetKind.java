package zone.xianggan.indicators.targets.model;

/** What kind of goal a target is. */
public enum TargetKind {
    /** A goal in words: progress is the indicator's trend from a baseline, in the direction that is better. */
    QUALITATIVE,
    /** A goal relative to others: the plan's urbanization goal, computed against the two provinces. */
    COMPARATIVE,
    /** A goal with a number an agency entered, with its source: progress is also the share of the way to it. */
    NUMERIC
}
