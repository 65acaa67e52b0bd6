package zone.xianggan.events.compatibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * One schema of a document, reached along the way a reader of the data goes ({@code properties}, {@code items},
 * {@code oneOf}), with its {@code $ref} already followed. It is where the check refuses what it does not understand:
 * every schema it compares passes through {@link #resolve}.
 */
final class SchemaNode {

    /** Keywords that change no data's validity: the check passes over them. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "$defs");
    private static final Set<String> ASSERTIONS = Set.of("$ref", "type", "properties", "required",
            "additionalProperties", "items", "oneOf", "enum", "const", "format", "pattern", "minLength", "maxLength",
            "minimum", "maximum", "minItems", "maxItems", "uniqueItems");
    private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean",
            "null");

    private final JsonNode json;
    private final JsonNode document;
    private final String path;
    /** The {@code $ref}s followed on the way here from the root: meeting one again means the schema recurses. */
    private final List<String> refsFollowed;

    private SchemaNode(JsonNode json, JsonNode document, String path, List<String> refsFollowed) {
        this.json = json;
        this.document = document;
        this.path = path;
        this.refsFollowed = refsFollowed;
    }

    static SchemaNode root(JsonNode document) {
        return resolve(document, document, "#", List.of());
    }

    String path() {
        return path;
    }

    /** Where the keyword of this schema is, for reporting. */
    String path(String keyword) {
        return path + "/" + keyword;
    }

    boolean has(String keyword) {
        return json.has(keyword);
    }

    /** The keyword's value, or null where this schema does not have it. */
    JsonNode get(String keyword) {
        return json.get(keyword);
    }

    /** The declared property names, in the order the schema gives them. */
    List<String> propertyNames() {
        return has("properties") ? List.copyOf(json.get("properties").propertyNames()) : List.of();
    }

    Set<String> required() {
        return has("required") ? strings(json.get("required")) : Set.of();
    }

    /** Whether the object admits properties it does not declare, as JSON Schema does unless told otherwise. */
    boolean open() {
        return !has("additionalProperties") || json.get("additionalProperties").booleanValue();
    }

    /** The types the schema admits; empty where it says nothing of type, which admits every type. */
    Set<String> types() {
        JsonNode type = json.get("type");
        if (type == null) {
            return Set.of();
        }
        return type.isArray() ? strings(type) : Set.of(type.stringValue());
    }

    Set<JsonNode> enumValues() {
        return new LinkedHashSet<>(json.get("enum").values());
    }

    SchemaNode property(String name) {
        return child(json.get("properties").get(name), path("properties/" + name));
    }

    SchemaNode items() {
        return child(json.get("items"), path("items"));
    }

    List<SchemaNode> alternatives() {
        List<SchemaNode> alternatives = new ArrayList<>();
        List<JsonNode> values = List.copyOf(json.get("oneOf").values());
        for (int i = 0; i < values.size(); i++) {
            alternatives.add(child(values.get(i), path("oneOf/" + i)));
        }
        return alternatives;
    }

    private SchemaNode child(JsonNode schema, String childPath) {
        return resolve(schema, document, childPath, refsFollowed);
    }

    private static SchemaNode resolve(JsonNode schema, JsonNode document, String path, List<String> refsFollowed) {
        if (!schema.isObject()) {
            throw new UnsupportedSchemaException(path, "a schema that is not an object (" + schema + ")");
        }
        refuseUnknownKeywords(schema, path);
        if (!schema.has("$ref")) {
            refuseUnknownForms(schema, path);
            return new SchemaNode(schema, document, path, refsFollowed);
        }
        String ref = schema.get("$ref").stringValue();
        if (!ref.startsWith("#/")) {
            throw new UnsupportedSchemaException(path, "a $ref outside the document (" + ref + ")");
        }
        if (refsFollowed.contains(ref)) {
            throw new UnsupportedSchemaException(path, "a recursive $ref (" + ref + ")");
        }
        if (!schema.propertyNames().stream()
                .allMatch(keyword -> "$ref".equals(keyword) || ANNOTATIONS.contains(keyword))) {
            throw new UnsupportedSchemaException(path, "a $ref beside other assertions");
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new UnsupportedSchemaException(path, "a $ref to nothing (" + ref + ")");
        }
        return resolve(target, document, path,
                Stream.concat(refsFollowed.stream(), Stream.of(ref)).toList());
    }

    private static void refuseUnknownKeywords(JsonNode schema, String path) {
        for (String keyword : schema.propertyNames()) {
            if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
                throw new UnsupportedSchemaException(path, "the keyword " + keyword);
            }
        }
    }

    private static void refuseUnknownForms(JsonNode schema, String path) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && !additional.isBoolean()) {
            throw new UnsupportedSchemaException(path, "additionalProperties given as a schema");
        }
        JsonNode items = schema.get("items");
        if (items != null && !items.isObject()) {
            throw new UnsupportedSchemaException(path, "items given as " + items);
        }
        JsonNode type = schema.get("type");
        if (type != null) {
            Set<String> types = type.isArray() ? strings(type) : Set.of(type.asString());
            types.stream().filter(name -> !TYPES.contains(name)).findFirst().ifPresent(name -> {
                throw new UnsupportedSchemaException(path, "the type " + name);
            });
        }
    }

    private static Set<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
