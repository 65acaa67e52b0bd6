package zone.xianggan.registry.county.model;

/** A unit is never deleted: an administrative change retires it, and it stays queryable with its history. */
public enum CountyStatus {
    ACTIVE,
    RETIRED
}
