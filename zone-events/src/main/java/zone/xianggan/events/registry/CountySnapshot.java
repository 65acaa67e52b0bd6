package zone.xianggan.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole state of one county-level unit after a change: the data of every event on
 * {@code registry.counties.v1}. A subscriber keeps the snapshot with the highest {@code version} and never calls
 * the registry back.
 *
 * <p>Kinds and statuses travel as strings, but the schema lists the values {@code v1} admits: one more would break
 * subscribers that validate, so it comes as a {@code …v2} type (docs/events.md, Compatibility).
 *
 * @param kind            {@code COUNTY}, {@code COUNTY_LEVEL_CITY} or {@code DISTRICT}
 * @param clusters        ids of the city clusters the unit belongs to
 * @param spatialElements ids of the plan's other spatial elements (the core, the zones) the unit belongs to
 * @param status          {@code ACTIVE} or {@code RETIRED}
 * @param successorCode   for a retired unit, the unit that took it over, if any
 * @param changedBy       the agency that made the change (or {@code system:…} for the zone's own seeding)
 * @param changedByPerson the person acting for that agency, where it named one; null otherwise
 */
public record CountySnapshot(
        String code,
        String nameZh,
        String nameEn,
        String kind,
        String provinceCode,
        String prefectureCode,
        List<String> clusters,
        List<String> spatialElements,
        String status,
        String successorCode,
        LocalDate retiredOn,
        long version,
        Instant changedAt,
        String changedBy,
        String changedByPerson) {

    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    public CountySnapshot {
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        spatialElements = spatialElements == null ? List.of() : List.copyOf(spatialElements);
    }

    public boolean retired() {
        return RETIRED.equals(status);
    }
}
