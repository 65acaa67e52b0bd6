package zone.xianggan.events.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;

/**
 * The events' data schemas as the document's reusable schemas, one per schema however many types share it. AsyncAPI
 * tools resolve every {@code $ref} against the document, not against an embedded schema's {@code $id}, so each copy
 * drops its {@code $id} and {@code $schema} (the message's {@code ce_dataschema} names the published schema) and its
 * references to its own {@code $defs} point to where they now are.
 */
final class PayloadSchemas {

    /**
     * The schemas use only keywords draft-07 has (their {@code $defs} is a plain container once references are by
     * pointer), so they are stated in the format every AsyncAPI tool must read.
     */
    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-07";
    private static final String URN_PREFIX = "urn:xianggan-zone:schema:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PayloadSchemas() {
    }

    /** The name of the type's schema among the document's, {@code registry.county-snapshot.v1}. */
    static String name(EventType type) {
        return type.dataSchema().toString().substring(URN_PREFIX.length());
    }

    static String reference(EventType type) {
        return "#/components/schemas/" + name(type);
    }

    static Map<String, ObjectNode> all() {
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            schemas.computeIfAbsent(name(type), name -> component(type));
        }
        return schemas;
    }

    private static ObjectNode component(EventType type) {
        ObjectNode schema = (ObjectNode) JSON.readTree(EventSchemas.text(type));
        schema.remove("$id");
        schema.remove("$schema");
        rebase(schema, reference(type) + "/schema/");
        ObjectNode component = JsonNodeFactory.instance.objectNode();
        component.put("schemaFormat", SCHEMA_FORMAT);
        component.set("schema", schema);
        return component;
    }

    private static void rebase(JsonNode node, String root) {
        if (node instanceof ObjectNode object && object.path("$ref").isString()
                && object.get("$ref").asString().startsWith("#/")) {
            object.put("$ref", root + object.get("$ref").asString().substring(2));
        }
        node.forEach(child -> rebase(child, root));
    }
}
