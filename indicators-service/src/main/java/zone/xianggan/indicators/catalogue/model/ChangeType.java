package zone.xianggan.indicators.catalogue.model;

/** What a version of an indicator came from. */
public enum ChangeType {
    /** Entered by a migration as part of the starting catalogue. */
    SEEDED,
    DEFINED,
    REVISED,
    RETIRED
}
