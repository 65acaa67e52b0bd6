package zone.xianggan.kernel.domain;

/** How often a figure is reported: {@code 2024}, {@code 2024Q3} or {@code 2024-07}. */
public enum Periodicity {
    YEAR,
    QUARTER,
    MONTH
}
