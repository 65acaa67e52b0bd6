package zone.xianggan.registry.county.model;

/** The three kinds of county-level unit in the zone. */
public enum CountyKind {
    /** 县 */
    COUNTY,
    /** 县级市 */
    COUNTY_LEVEL_CITY,
    /** 市辖区 */
    DISTRICT
}
