package zone.xianggan.registry.county.model;

/** A prefecture-level city; its code's first four digits start the codes of its county-level units. */
public record Prefecture(String code, String provinceCode, String nameZh, String nameEn) {
}
