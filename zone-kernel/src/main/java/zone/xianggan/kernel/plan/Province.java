package zone.xianggan.kernel.plan;

import java.util.Arrays;
import java.util.Optional;

import zone.xianggan.kernel.domain.CountyCode;

/** The zone's two provinces (GB/T 2260): the units of each, and each approves every joint project. */
public enum Province {
    HUNAN("430000", "湖南省", "Hunan"),
    JIANGXI("360000", "江西省", "Jiangxi");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Province(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Province other() {
        return this == HUNAN ? JIANGXI : HUNAN;
    }

    public static Optional<Province> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** The province a unit's code places it in, if it is one of the zone's two. */
    public static Optional<Province> of(CountyCode county) {
        return ofCode(county.provinceCode());
    }
}
