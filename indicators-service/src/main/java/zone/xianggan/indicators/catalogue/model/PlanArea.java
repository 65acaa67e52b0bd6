package zone.xianggan.indicators.catalogue.model;

/** The areas of the plan an indicator serves: the plan's six tasks and the zone's comprehensive strength. */
public enum PlanArea {
    RED_CULTURE,
    INDUSTRIAL_COOPERATION,
    URBAN_RURAL_INTEGRATION,
    ECOLOGICAL_PROTECTION,
    INFRASTRUCTURE_CONNECTIVITY,
    PUBLIC_SERVICES,
    COMPREHENSIVE_STRENGTH
}
