package zone.xianggan.indicators.catalogue.model;

/** Which way an indicator moves when the plan is working. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** +1 when a rise is good, -1 when a fall is. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
