package zone.xianggan.registry.county.model;

public enum ChangeType {
    /** Entered from the national plan when the registry first started. */
    SEEDED,
    /** Created through the API. */
    REGISTERED,
    /** Names or kind corrected. */
    REVISED,
    /** Joined or left a spatial element. */
    MEMBERSHIP_CHANGED,
    RETIRED
}
