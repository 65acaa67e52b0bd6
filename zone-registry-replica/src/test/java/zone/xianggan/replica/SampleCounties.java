package zone.xianggan.replica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.domain.CountyCode;

/** County snapshots as the registry publishes them; province and prefecture follow from the code. */
final class SampleCounties {

    static final String CHANG_ZHU_TAN = "chang-zhu-tan";
    static final String XIANGGAN_CORE = "xianggan-core";

    private SampleCounties() {
    }

    static CountySnapshot county(String code, String nameZh, String nameEn, String kind, String... clusters) {
        CountyCode parsed = new CountyCode(code);
        return new CountySnapshot(code, nameZh, nameEn, kind, parsed.provinceCode(), parsed.prefectureCode(),
                List.of(clusters), List.of(), CountySnapshot.ACTIVE, null, null, 1, Instant.parse("2025-01-01T00:00:00Z"),
                "hunan-drc", null);
    }

    /** The registry's next version of the county, with a new English name. */
    static CountySnapshot renamed(CountySnapshot county, String nameEn, long version) {
        return new CountySnapshot(county.code(), county.nameZh(), nameEn, county.kind(), county.provinceCode(),
                county.prefectureCode(), county.clusters(), county.spatialElements(), county.status(),
                county.successorCode(), county.retiredOn(), version, later(county),
                county.changedBy(), null);
    }

    /** A minute after the county's last change, whatever the version (which may be as large as a long). */
    private static Instant later(CountySnapshot county) {
        return county.changedAt().plusSeconds(60);
    }

    static CountySnapshot retired(CountySnapshot county, String successorCode, long version) {
        return new CountySnapshot(county.code(), county.nameZh(), county.nameEn(), county.kind(),
                county.provinceCode(), county.prefectureCode(), county.clusters(), county.spatialElements(),
                CountySnapshot.RETIRED, successorCode, LocalDate.of(2025, 6, 30), version,
                later(county), county.changedBy(), null);
    }
}
