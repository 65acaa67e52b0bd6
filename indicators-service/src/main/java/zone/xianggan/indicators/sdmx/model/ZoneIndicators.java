package zone.xianggan.indicators.sdmx.model;

import java.util.List;

/**
 * The zone's dataflow and its data structure definition, as SDMX knows them: every current value, keyed by the
 * reference area (a unit, or a province for its benchmarks) and the indicator, observed by period. The unit of
 * measure belongs to the indicator, so it is a series attribute; the others vary with each observation.
 */
public final class ZoneIndicators {

    public static final String AGENCY = "XIANGGAN";
    public static final String VERSION = "1.0.0";
    public static final String DATAFLOW = "ZONE_INDICATORS";
    public static final String DATA_STRUCTURE = "DSD_ZONE_INDICATORS";
    public static final String CONCEPT_SCHEME = "CS_ZONE_INDICATORS";
    public static final String AREAS = "CL_AREA";
    public static final String INDICATORS = "CL_INDICATOR";

    public static final Concept REF_AREA = new Concept("REF_AREA", "Reference area", "参考地区");
    public static final Concept INDICATOR = new Concept("INDICATOR", "Indicator", "指标");
    public static final Concept TIME_PERIOD = new Concept("TIME_PERIOD", "Time period", "时间");
    public static final Concept OBS_VALUE = new Concept("OBS_VALUE", "Observation value", "观测值");
    public static final Concept UNIT_MEASURE = new Concept("UNIT_MEASURE", "Unit of measure", "计量单位");
    public static final Concept OBS_STATUS = new Concept("OBS_STATUS", "Observation status", "观测状态");
    public static final Concept REVISION = new Concept("REVISION",
            "Revision of the value (1: as first reported)", "修订次数（1：首次报送）");
    public static final Concept LAST_UPDATE = new Concept("LAST_UPDATE", "Time the value was last reported",
            "最近报送时间");
    public static final Concept SOURCE = new Concept("SOURCE", "Source of the value, as its reporter named it",
            "数据来源");
    public static final Concept COMMENT_OBS = new Concept("COMMENT_OBS", "Observation comment", "观测值备注");

    /** The dimensions of a series key, in key order; TIME_PERIOD follows them. */
    public static final List<Concept> KEY = List.of(REF_AREA, INDICATOR);
    /** Attributes whose value depends on the indicator alone. */
    public static final List<Concept> SERIES_ATTRIBUTES = List.of(UNIT_MEASURE);
    public static final List<Concept> OBSERVATION_ATTRIBUTES = List.of(OBS_STATUS, REVISION, LAST_UPDATE, SOURCE,
            COMMENT_OBS);

    private ZoneIndicators() {
    }

    /** How SDMX-CSV names the dataflow: {@code XIANGGAN:ZONE_INDICATORS(1.0.0)}. */
    public static String dataflowReference() {
        return AGENCY + ":" + DATAFLOW + "(" + VERSION + ")";
    }

    public static List<Concept> concepts() {
        return List.of(REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE, OBS_STATUS, REVISION, LAST_UPDATE,
                SOURCE, COMMENT_OBS);
    }

    /** The URN of one of the zone's maintained artefacts, e.g. {@code codelist.Codelist} and {@code CL_AREA}. */
    public static String urn(String packageAndClass, String id) {
        return "urn:sdmx:org.sdmx.infomodel." + packageAndClass + "=" + AGENCY + ":" + id + "(" + VERSION + ")";
    }

    public static String conceptUrn(Concept concept) {
        return urn("conceptscheme.Concept", CONCEPT_SCHEME) + "." + concept.id();
    }
}
