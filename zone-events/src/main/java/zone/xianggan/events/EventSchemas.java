package zone.xianggan.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/** Validates event data against the JSON Schema of its type, as a subscriber would. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** The reasons the data does not fit the type's schema; empty when it does. */
    public static List<String> violations(EventType type, String json) {
        return schema(type).validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** The schema text, to serve or to hand to a subscriber. */
    public static String text(EventType type) {
        try (InputStream in = open(type)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = open(t)) {
                return REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static InputStream open(EventType type) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource());
        if (in == null) {
            throw new IllegalStateException("no schema at " + type.schemaResource());
        }
        return in;
    }
}
