package zone.xianggan.kernel.aggregation;

/** How the values of several units combine into the value of a group of them. */
public enum AggregationMethod {
    /** The values added up: populations, amounts, counts, lengths. */
    SUM,
    /** The sum of one indicator divided by the sum of another, times a scale: rates and per-capita figures. */
    RATIO,
    /** The mean of the values, each weighted by another indicator (a population-weighted mean). */
    WEIGHTED_MEAN
}
