package zone.xianggan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyDetails;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.Membership;
import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;

/** Units of the zone as the plan seeds them (version 1, active), and the provinces and prefectures they are in. */
public final class Units {

    public static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    public static final Actor SEED = Actor.system("seed");

    public static final Province HUNAN = new Province("430000", "湖南省", "Hunan");
    public static final Province JIANGXI = new Province("360000", "江西省", "Jiangxi");
    public static final Prefecture CHANGSHA = new Prefecture("430100", "430000", "长沙市", "Changsha");
    public static final Prefecture ZHUZHOU = new Prefecture("430200", "430000", "株洲市", "Zhuzhou");
    public static final Prefecture JIAN = new Prefecture("360800", "360000", "吉安市", "Ji'an");

    public static final CountyCode LIUYANG = new CountyCode("430181");
    public static final CountyCode LILING = new CountyCode("430281");
    public static final CountyCode JINGGANGSHAN = new CountyCode("360881");
    public static final CountyCode SUICHUAN = new CountyCode("360827");

    /** The city cluster Jinggangshan belongs to in the plan. */
    public static final String JINGGANGSHAN_CLUSTER = "youxian-chaling-anren-yanling-jinggangshan-yongxin-lianhua";

    private Units() {
    }

    public static County liuyang() {
        return seeded(LIUYANG, "浏阳市", "Liuyang", CountyKind.COUNTY_LEVEL_CITY, CHANGSHA, Set.of());
    }

    public static County liling() {
        return seeded(LILING, "醴陵市", "Liling", CountyKind.COUNTY_LEVEL_CITY, ZHUZHOU, Set.of());
    }

    public static County jinggangshan() {
        return seeded(JINGGANGSHAN, "井冈山市", "Jinggangshan", CountyKind.COUNTY_LEVEL_CITY, JIAN,
                Set.of(new Membership(JINGGANGSHAN_CLUSTER, true)));
    }

    public static County suichuan() {
        return seeded(SUICHUAN, "遂川县", "Suichuan", CountyKind.COUNTY, JIAN, Set.of());
    }

    /** The unit at version 2, retired without a successor on the day after it was seeded. */
    public static County retired(County unit) {
        LocalDate day = LocalDate.parse("2026-01-02");
        return unit.retire(Optional.empty(), day, day, SEEDED_AT.plusSeconds(86_400), SEED).after();
    }

    private static County seeded(CountyCode code, String nameZh, String nameEn, CountyKind kind,
            Prefecture prefecture, Set<Membership> memberships) {
        return County.register(code, new CountyDetails(nameZh, nameEn, kind), prefecture, memberships, SEEDED_AT,
                SEED);
    }
}
