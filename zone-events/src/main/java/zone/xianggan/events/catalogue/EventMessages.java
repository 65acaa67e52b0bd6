package zone.xianggan.events.catalogue;

import java.util.Locale;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import zone.xianggan.events.EventType;
import zone.xianggan.events.TopicDefinition;
import zone.xianggan.events.Topics;

/**
 * One AsyncAPI message per {@link EventType}: the CloudEvents attributes as Kafka headers (binary content mode), the
 * record key, and the data's JSON Schema as the payload ({@link PayloadSchemas}).
 */
final class EventMessages {

    private static final String CONTENT_TYPE = "application/json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventMessages() {
    }

    static ObjectNode of(EventType type) {
        TopicDefinition topic = Topics.definition(type.topic()).orElseThrow();
        ObjectNode message = NODES.objectNode();
        message.put("name", type.ceType());
        message.put("title", title(type));
        message.put("summary", "On " + topic.name() + ", published by " + topic.owner() + "; of one "
                + topic.order().per() + ", the event with the highest `" + topic.order().field() + "` is the latest.");
        message.put("contentType", CONTENT_TYPE);
        message.set("headers", headers(type, topic));
        message.putObject("payload").put("$ref", PayloadSchemas.reference(type));
        ObjectNode binding = message.putObject("bindings").putObject("kafka");
        binding.putObject("key").put("type", "string").put("description",
                topic.key() + "; also the event's ce_subject. Events of one key keep their order.");
        binding.put("bindingVersion", ZoneAsyncApi.KAFKA_BINDING_VERSION);
        message.put("x-owner", topic.owner());
        message.putObject("x-ordered-by").put("field", topic.order().field()).put("per", topic.order().per());
        return message;
    }

    /** {@code zone.registry.county.registered.v1} reads "County registered". */
    private static String title(EventType type) {
        String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ObjectNode headers(EventType type, TopicDefinition topic) {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 attributes in the Kafka protocol binding's binary content mode.");
        headers.putArray("required").add("ce_specversion").add("ce_id").add("ce_source").add("ce_type")
                .add("ce_time").add("ce_subject").add("ce_dataschema").add("content-type");
        ObjectNode properties = headers.putObject("properties");
        constant(properties, "ce_specversion", "1.0", "CloudEvents version.");
        text(properties, "ce_id", "A UUID version 7, fixed when the event is stored: a record delivered again "
                + "carries the same ce_id, so a subscriber drops a repeat by it.").put("format", "uuid");
        constant(properties, "ce_source", topic.source().toString(),
                "The topic's owner, the only service that publishes on it; a consumer parks an event from any other.");
        constant(properties, "ce_type", type.ceType(), "The event's type.");
        text(properties, "ce_time", "When the change was stored (UTC).").put("format", "date-time");
        text(properties, "ce_subject", topic.key() + ", equal to the record key.");
        constant(properties, "ce_dataschema", type.dataSchema().toString(),
                "The $id of the published schema the payload follows.");
        constant(properties, "content-type", CONTENT_TYPE, "The record value is the data as JSON.");
        text(properties, "ce_traceparent", "Optional (CloudEvents distributed-tracing extension): the W3C "
                + "traceparent of the request that made the change.");
        text(properties, "ce_tracestate", "Optional: the W3C tracestate going with ce_traceparent.");
        return headers;
    }

    private static ObjectNode text(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    private static void constant(ObjectNode properties, String name, String value, String description) {
        text(properties, name, description).put("const", value);
    }
}
