package zone.xianggan.indicators.targets.model;

/**
 * Where a goal stands, by Statistics Canada's progress measure as Open SDG publishes it (see {@link ProgressMeasure}):
 * the categories of a goal with a target number, and two that say why a goal has none.
 */
public enum ProgressStatus {
    /** The latest value already meets the target number. */
    TARGET_ACHIEVED,
    /** Observed growth is at least 95 % of the growth the target needs. */
    ON_TRACK,
    /** 60 % to 95 % of the growth needed: progress made, acceleration needed. */
    ACCELERATION_NEEDED,
    /** 0 % to 60 % of the growth needed. */
    LIMITED_PROGRESS,
    /** The indicator moves away from the target (observed growth below zero in the desired direction). */
    MOVING_AWAY,
    /** The plan states no number for this goal, and the zone invents none: progress is the trend alone. */
    NO_TARGET_NUMBER,
    /** A number is adopted, but the figures do not allow the measure (the note says why). */
    NOT_ASSESSED
}
