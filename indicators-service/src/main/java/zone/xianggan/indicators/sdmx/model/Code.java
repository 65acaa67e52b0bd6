package zone.xianggan.indicators.sdmx.model;

/**
 * One code of a codelist, named in English and Chinese.
 *
 * @param parent the code this one belongs under (a unit's province), or null
 */
public record Code(String id, String nameEn, String nameZh, String parent) {
}
