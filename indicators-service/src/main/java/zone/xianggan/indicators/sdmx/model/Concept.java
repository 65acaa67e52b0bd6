package zone.xianggan.indicators.sdmx.model;

/** A statistical concept the zone's data structure uses: a dimension, the measure or an attribute. */
public record Concept(String id, String nameEn, String nameZh) {
}
