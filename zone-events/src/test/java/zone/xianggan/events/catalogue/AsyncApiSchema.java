package zone.xianggan.events.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** AsyncAPI's own JSON Schema of 3.0.0 documents (vendored, see {@code asyncapi/README.md}). */
final class AsyncApiSchema {

    private static final Schema SCHEMA = load();

    private AsyncApiSchema() {
    }

    /** Why the document is no AsyncAPI 3.0.0 document; empty when it is one. */
    static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = AsyncApiSchema.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
