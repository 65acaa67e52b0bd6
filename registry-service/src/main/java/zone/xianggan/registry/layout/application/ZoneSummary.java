package zone.xianggan.registry.layout.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The zone at a glance: its plan, its area as the plan states it, and its active units counted by province and
 * kind, with the spatial layout.
 */
public record ZoneSummary(String nameZh, String nameEn, BigDecimal areaKm2, Plan plan, long countyLevelUnits,
        long retiredUnits, Map<String, Long> byKind, List<ProvincePart> provinces, Layout layout) {

    public record Plan(LocalDate issuedOn, String issuedBy, String source) {
    }

    public record ProvincePart(String code, String nameZh, String nameEn, long countyLevelUnits,
            Map<String, Long> byKind) {
    }

    public record Layout(List<ElementCount> core, List<ElementCount> ecologicalZones,
            List<ElementCount> cityClusters) {
    }

    public record ElementCount(String id, String nameEn, long members) {
    }
}
