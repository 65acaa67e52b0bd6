package zone.xianggan.registry.layout.model;

/** The plan's spatial layout: "one core, two zones and four city clusters". */
public enum ElementKind {
    CORE,
    ECOLOGICAL_ZONE,
    CITY_CLUSTER
}
