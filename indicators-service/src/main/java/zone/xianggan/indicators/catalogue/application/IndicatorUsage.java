package zone.xianggan.indicators.catalogue.application;

/** Whether values have been reported for an indicator: then its unit and periodicity are fixed. */
public interface IndicatorUsage {

    boolean hasValues(String indicatorCode);
}
