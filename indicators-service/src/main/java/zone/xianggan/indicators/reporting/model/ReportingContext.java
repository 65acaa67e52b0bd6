package zone.xianggan.indicators.reporting.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import zone.xianggan.indicators.catalogue.model.Indicator;

/**
 * What reports are checked against, read once for a whole batch: the catalogue, the units of this service's
 * registry replica, and the day it is where the zone is.
 *
 * @param activeUnits        codes of the active county-level units
 * @param retiredUnits       codes of units the registry has retired
 * @param benchmarkProvinces provinces of the zone's units ({@code 430000}, {@code 360000}): their province-level
 *                           figures are reported as benchmarks and never count in an aggregate of units
 */
public record ReportingContext(Map<String, Indicator> indicators, Set<String> activeUnits, Set<String> retiredUnits,
        Set<String> benchmarkProvinces, LocalDate today) {
}
