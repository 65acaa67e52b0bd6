package zone.xianggan.indicators.sdmx.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * How a data message is written: SDMX-CSV 2.0 or SDMX-JSON 2.0, under SDMX's media types or, for a browser or a
 * spreadsheet, under plain {@code text/csv} and {@code application/json}. Chosen by {@code format} if the query
 * names one, else by {@code Accept}; anything accepting everything gets SDMX-CSV.
 */
enum SdmxFormat {

    SDMX_CSV(MediaType.parseMediaType("application/vnd.sdmx.data+csv;version=2.0.0;charset=UTF-8")),
    SDMX_JSON(MediaType.parseMediaType("application/vnd.sdmx.data+json;version=2.0.0")),
    CSV(new MediaType(MediaType.TEXT_PLAIN.getType(), "csv", StandardCharsets.UTF_8)),
    JSON(MediaType.APPLICATION_JSON);

    static final String SDMX_CSV_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";
    static final String SDMX_JSON_TYPE = "application/vnd.sdmx.data+json;version=2.0.0";
    static final String STRUCTURE_JSON_TYPE = "application/vnd.sdmx.structure+json;version=2.0.0";
    static final MediaType STRUCTURE_JSON = MediaType.parseMediaType(STRUCTURE_JSON_TYPE);

    private static final Map<String, SdmxFormat> BY_NAME = Map.of("csv", CSV, "json", JSON, "sdmx-csv", SDMX_CSV,
            "sdmx-json", SDMX_JSON);

    private final MediaType contentType;

    SdmxFormat(MediaType contentType) {
        this.contentType = contentType;
    }

    MediaType contentType() {
        return contentType;
    }

    boolean isCsv() {
        return this == SDMX_CSV || this == CSV;
    }

    static SdmxFormat of(String format, String accept) {
        if (format != null) {
            SdmxFormat named = BY_NAME.get(format);
            if (named == null) {
                throw new MalformedInputException(Violation.of("format", "must be one of csv, json, sdmx-csv, "
                        + "sdmx-json", format));
            }
            return named;
        }
        for (MediaType type : byPreference(accept)) {
            SdmxFormat chosen = answering(type);
            if (chosen != null) {
                return chosen;
            }
        }
        throw notAcceptable(accept, SDMX_CSV_TYPE + ", " + SDMX_JSON_TYPE + ", text/csv or application/json");
    }

    /** Whether a structure message may answer {@code accept}: it is written in SDMX-JSON only. */
    static void requireStructureJson(String accept) {
        boolean acceptable = byPreference(accept).stream().anyMatch(type -> type.includes(STRUCTURE_JSON)
                && versionTwo(type) || type.includes(MediaType.APPLICATION_JSON));
        if (!acceptable) {
            throw notAcceptable(accept, STRUCTURE_JSON_TYPE + " or application/json");
        }
    }

    private static SdmxFormat answering(MediaType type) {
        if (type.isWildcardType() || type.equalsTypeAndSubtype(new MediaType("application", "*"))) {
            return SDMX_CSV;
        }
        for (SdmxFormat format : values()) {
            if (type.includes(format.contentType) && (format == CSV || format == JSON || versionTwo(type))) {
                return format;
            }
        }
        return null;
    }

    /** SDMX's types name the format's version; one this service does not write (1.0.0) is not acceptable. */
    private static boolean versionTwo(MediaType type) {
        String version = type.getParameter("version");
        return version == null || version.equals("2") || version.startsWith("2.0");
    }

    /** The types {@code Accept} names, most preferred first, without those it refuses (q=0); none: any. */
    private static List<MediaType> byPreference(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException malformed) {
            throw new MalformedInputException(Violation.of("Accept", "is not a list of media types", accept));
        }
        types.removeIf(type -> type.getQualityValue() == 0);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        return types;
    }

    private static SdmxProblem notAcceptable(String accept, String offered) {
        return new SdmxProblem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                Violation.of("Accept", "must accept " + offered, accept));
    }
}
