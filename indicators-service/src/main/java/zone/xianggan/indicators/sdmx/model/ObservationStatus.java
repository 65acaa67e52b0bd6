package zone.xianggan.indicators.sdmx.model;

/**
 * The codes of SDMX's cross-domain codelist CL_OBS_STATUS the zone uses. A reported value is a normal value, first
 * report or revision alike: CL_OBS_STATUS has no code for "revised", so a revision shows in REVISION and
 * LAST_UPDATE instead.
 */
public enum ObservationStatus {

    NORMAL("A", "Normal value", "正常值");

    /** SDMX's own codelist, maintained by the SDMX agency. */
    public static final String CODELIST_URN = "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=SDMX:CL_OBS_STATUS(2.2)";

    private final String code;
    private final String nameEn;
    private final String nameZh;

    ObservationStatus(String code, String nameEn, String nameZh) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    /** The status a code names; an {@link IllegalArgumentException} for a code the zone does not use. */
    public static ObservationStatus byCode(String code) {
        for (ObservationStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no observation status " + code);
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }
}
