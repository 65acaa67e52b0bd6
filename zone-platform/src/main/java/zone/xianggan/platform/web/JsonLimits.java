package zone.xianggan.platform.web;

import java.math.BigDecimal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON request body is held to, by the services' mapper and by any reader of their own (the indicators'
 * streaming batch reader): nesting at most {@value #MAX_NESTING_DEPTH} deep, a number token at most
 * {@value #MAX_NUMBER_LENGTH} characters, a text at most {@value #MAX_STRING_LENGTH} and a property name at most
 * {@value #MAX_NAME_LENGTH}; a property named twice in one object is refused (400 naming it) rather than the last one
 * silently winning; and every {@link BigDecimal} is read by the zone's one parser ({@link BoundedDecimals}).
 */
public final class JsonLimits {

    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final int MAX_NAME_LENGTH = 1000;

    private static final String DUPLICATE = "Duplicate Object property \"";

    private JsonLimits() {
    }

    /**
     * The property a body named twice in one object ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}), or
     * null: Jackson says which only in its message.
     */
    public static String duplicateProperty(JacksonException jackson) {
        String message = jackson.getOriginalMessage();
        if (message == null || !message.startsWith(DUPLICATE)) {
            return null;
        }
        int end = message.indexOf('"', DUPLICATE.length());
        return end < 0 ? null : message.substring(DUPLICATE.length(), end);
    }

    /** A mapper builder over a factory with the zone's limits, the duplicate check and the decimal parser. */
    public static JsonMapper.Builder builder() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("zone-decimals").addDeserializer(BigDecimal.class, new BoundedDecimals()));
    }
}
