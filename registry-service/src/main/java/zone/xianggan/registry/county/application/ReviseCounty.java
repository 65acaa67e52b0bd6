package zone.xianggan.registry.county.application;

import zone.xianggan.registry.county.model.CountyKind;

/** Corrected names or kind of a unit, against the version the agency last read. */
public record ReviseCounty(String nameZh, String nameEn, CountyKind kind, String reason) {
}
