package zone.xianggan.indicators.sdmx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import zone.xianggan.indicators.sdmx.model.Code;
import zone.xianggan.indicators.sdmx.model.Codelist;
import zone.xianggan.indicators.sdmx.model.Observation;
import zone.xianggan.kernel.domain.Period;

/** Observations and codelists as the export reads them, for the tests of its formats. */
public final class SdmxObservations {

    public static final Instant REPORTED_AT = Instant.parse("2026-03-01T08:00:00Z");
    public static final Observation LIUYANG_GDP_2023 = new Observation("430181", "GDP", Period.year(2023),
            new BigDecimal("180000000000.00"), "CNY", 1, REPORTED_AT, "Liuyang Statistics Bureau", null);
    public static final Observation LIUYANG_GDP_2024 = new Observation("430181", "GDP", Period.year(2024),
            new BigDecimal("190000000000.50"), "CNY", 2, REPORTED_AT.plusSeconds(60), "Liuyang Statistics Bureau",
            "final, \"after the census\"");
    public static final Observation SHANGLI_RATE_2024 = new Observation("360322", "URBANIZATION_RATE",
            Period.year(2024), new BigDecimal("55.3"), "%", 1, REPORTED_AT, null, null);
    public static final Observation LIUYANG_VISITS_2024_Q1 = new Observation("430181", "RED_TOURISM_VISITS",
            Period.parse("period", "2024Q1"), new BigDecimal("5200000"), "visits", 1, REPORTED_AT, "Tourism bureau",
            null);
    public static final List<Observation> ALL = List.of(SHANGLI_RATE_2024, LIUYANG_GDP_2023, LIUYANG_GDP_2024,
            LIUYANG_VISITS_2024_Q1);

    public static final Codelist AREAS = new Codelist("CL_AREA", "Areas", "地区", List.of(
            new Code("430000", "Hunan Province", "湖南省", null),
            new Code("360322", "Shangli County", "上栗县", "360000"),
            new Code("430181", "Liuyang City", "浏阳市", "430000")));
    public static final Codelist INDICATORS = new Codelist("CL_INDICATOR", "Indicators", "指标", List.of(
            new Code("GDP", "Gross domestic product", "地区生产总值", null),
            new Code("URBANIZATION_RATE", "Urbanization rate", "常住人口城镇化率", null)));

    private SdmxObservations() {
    }
}
