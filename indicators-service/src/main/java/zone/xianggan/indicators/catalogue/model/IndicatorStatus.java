package zone.xianggan.indicators.catalogue.model;

/** An active indicator takes reports; a retired one keeps its values and history but takes no new ones. */
public enum IndicatorStatus {
    ACTIVE,
    RETIRED
}
