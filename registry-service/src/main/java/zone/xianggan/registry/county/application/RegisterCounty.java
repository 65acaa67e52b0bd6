package zone.xianggan.registry.county.application;

import zone.xianggan.registry.county.model.CountyKind;

/**
 * A new county-level unit. Its province and prefecture follow from its code; if given, they must agree with it.
 */
public record RegisterCounty(String code, String nameZh, String nameEn, CountyKind kind, String provinceCode,
        String prefectureCode, String reason) {
}
