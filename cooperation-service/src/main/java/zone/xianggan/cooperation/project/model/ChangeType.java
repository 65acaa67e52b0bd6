package zone.xianggan.cooperation.project.model;

/** What a change of a project was; each is one version, one history entry and one event. */
public enum ChangeType {
    PROPOSED,
    /** One province approved; the other has not yet. */
    PROVINCE_APPROVED,
    /** Both provinces have approved. */
    APPROVED,
    /** A province rejected the proposal. */
    REJECTED,
    /** Started, suspended, resumed, completed or cancelled. */
    STATUS_CHANGED,
    MILESTONE_REACHED,
    /** A participating unit was retired in the registry. */
    FLAGGED_FOR_REVIEW,
    /** An agency reviewed the project after a unit's retirement. */
    REVIEW_RESOLVED
}
