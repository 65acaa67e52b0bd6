package zone.xianggan.indicators.sdmx.model;

import java.util.List;

/** A codelist the zone maintains: the values a coded dimension takes, at the structure's version. */
public record Codelist(String id, String nameEn, String nameZh, List<Code> codes) {

    public Codelist {
        codes = List.copyOf(codes);
    }

    public String urn() {
        return ZoneIndicators.urn("codelist.Codelist", id);
    }
}
