package zone.xianggan.registry.county.model;

public record Province(String code, String nameZh, String nameEn) {
}
