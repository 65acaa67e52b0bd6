package zone.xianggan.registry.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.layout.model.ElementKind;

/** The registry's first content, as the national plan states it ({@code seed/xianggan-plan-2021.json}). */
@JsonIgnoreProperties("_source")
record PlanSeed(Plan plan, List<Province> provinces, List<Prefecture> prefectures, List<County> counties,
        List<Element> spatialElements) {

    static final String RESOURCE = "seed/xianggan-plan-2021.json";

    static PlanSeed load(JsonMapper json) {
        try (InputStream in = PlanSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return json.readValue(in, PlanSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Plan(String id, String nameZh, String nameEn, BigDecimal areaKm2, LocalDate issuedOn, String issuedBy,
            String source) {
    }

    record Province(String code, String nameZh, String nameEn) {
    }

    record Prefecture(String code, String provinceCode, String nameZh, String nameEn) {
    }

    record County(String code, String nameZh, String nameEn, CountyKind kind) {
    }

    record Element(String id, ElementKind kind, String nameZh, String nameEn, String description,
            @JsonProperty("members") List<String> members) {
    }
}
