package zone.xianggan.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of event data. Reading is tolerant (unknown properties are ignored) because a {@code v1} type may
 * gain properties; it is separate from the HTTP mapper, which refuses unknown properties.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static byte[] write(Object data) {
        return MAPPER.writeValueAsBytes(data);
    }

    public static String writeString(Object data) {
        return MAPPER.writeValueAsString(data);
    }

    /** Reads event data; a payload that does not fit the type is an {@link UnreadableEventException}. */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new UnreadableEventException("data does not fit " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
