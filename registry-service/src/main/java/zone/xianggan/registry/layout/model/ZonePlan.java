package zone.xianggan.registry.layout.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The national plan that set up the zone, as the registry was seeded from it. */
public record ZonePlan(String id, String nameZh, String nameEn, BigDecimal areaKm2, LocalDate issuedOn,
        String issuedBy, String source) {
}
