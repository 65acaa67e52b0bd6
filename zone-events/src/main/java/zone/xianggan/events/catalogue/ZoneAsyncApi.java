package zone.xianggan.events.catalogue;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.events.EventType;
import zone.xianggan.events.TopicDefinition;
import zone.xianggan.events.TopicSettings;
import zone.xianggan.events.Topics;

/**
 * The whole zone's events as one AsyncAPI 3.0.0 document: each topic a channel with its Kafka settings and owner, each
 * event type a message, the owner's {@code send} and each zone consumer's {@code receive}, and how a subscriber logs
 * in to the broker. Built from {@link Topics}, {@link EventType} and {@link TopicSettings} alone.
 */
public final class ZoneAsyncApi {

    public static final String ASYNCAPI_VERSION = "3.0.0";
    static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final String SECURITY_SCHEME = "agencyToken";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper PRINTER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final String DESCRIPTION = """
            Every event of the Xiang-Gan Zone: a CloudEvent 1.0 in Kafka's binary content mode (attributes as \
            `ce_*` headers, JSON data as the record value), keyed by the entity's id.

            **Delivery.** At least once, from each owner's transactional outbox, in order per key: a subscriber \
            drops a repeat by `ce_id`, and ignores an event whose `version` (a value's `revision`) is not above the \
            one it holds for the same entity or value (each message's `x-ordered-by`). Compacted topics keep each \
            key's latest whole state for ever; the others keep every event for ever: a subscriber reading from the \
            beginning rebuilds everything.

            **Owners.** Each channel has one owner (`x-owner`), its events' only `ce_source`; the zone's own \
            consumers refuse an event from anyone else.

            **Compatibility.** Within a `…v1` type a schema changes only as FULL_TRANSITIVE allows; a breaking change \
            is a new `…v2` type on a new topic, beside the old one for a transition.

            **Access.** The broker admits agencies of the zone's issuer only (SASL/OAUTHBEARER); a subscriber reads \
            the topics identity-service's ACLs grant it, with consumer groups named after its agency.
            """;

    private ZoneAsyncApi() {
    }

    /**
     * @param issuer the zone's token issuer (its {@code /oauth2/token} is where clients get their tokens)
     * @param layout the deployment's partitions and replicas, where known; without them the channels state only what
     *               the zone promises everywhere
     */
    public static ObjectNode document(String issuer, Optional<TopicLayout> layout) {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", ASYNCAPI_VERSION);
        document.put("id", "urn:xianggan-zone:events");
        ObjectNode info = document.putObject("info");
        info.put("title", "Xiang-Gan Zone events");
        info.put("version", "1");
        info.put("description", DESCRIPTION);
        document.put("defaultContentType", "application/json");
        document.set("servers", ZoneServers.of(SECURITY_SCHEME));
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        for (TopicDefinition topic : Topics.ALL) {
            channels.set(topic.name(), channel(topic, layout));
            operations.set(topic.owner() + ".sends." + topic.name(), operation("send", topic, topic.owner()));
            for (String consumer : topic.consumers()) {
                ObjectNode receive = operation("receive", topic, consumer);
                receive.putObject("bindings").putObject("kafka").put("bindingVersion", KAFKA_BINDING_VERSION)
                        .putObject("groupId").put("type", "string").put("const", consumer);
                operations.set(consumer + ".receives." + topic.name(), receive);
            }
        }
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        for (EventType type : EventType.values()) {
            messages.set(type.ceType(), EventMessages.of(type));
        }
        ObjectNode schemas = components.putObject("schemas");
        PayloadSchemas.all().forEach(schemas::set);
        components.putObject("securitySchemes").set(SECURITY_SCHEME, agencyToken(issuer));
        return document;
    }

    /** The document as indented JSON, the same bytes for the same zone. */
    public static String json(String issuer, Optional<TopicLayout> layout) {
        return PRINTER.writeValueAsString(document(issuer, layout)) + "\n";
    }

    private static ObjectNode channel(TopicDefinition topic, Optional<TopicLayout> layout) {
        ObjectNode channel = NODES.objectNode();
        channel.put("address", topic.name());
        channel.put("title", topic.name());
        channel.put("description", (topic.compacted()
                ? "Compacted: keeps each key's latest event for ever."
                : "A change log: keeps every event for ever.")
                + " Key: " + topic.key() + ". Owner: " + topic.owner() + ". Consumed in the zone by "
                + (topic.consumers().isEmpty() ? "no other service" : String.join(", ", topic.consumers())) + ".");
        ObjectNode messages = channel.putObject("messages");
        for (EventType type : EventType.values()) {
            if (type.topic().equals(topic.name())) {
                messages.putObject(type.ceType()).put("$ref", "#/components/messages/" + type.ceType());
            }
        }
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", topic.name());
        layout.ifPresent(deployed -> kafka.put("partitions", deployed.partitions())
                .put("replicas", deployed.replicationFactor()));
        kafka.set("topicConfiguration", topicConfiguration(topic, layout));
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        channel.put("x-owner", topic.owner());
        ArrayNode consumers = channel.putArray("x-consumers");
        topic.consumers().forEach(consumers::add);
        return channel;
    }

    /**
     * The settings the zone gives the topic; {@code min.insync.replicas} depends on the replication factor, so it is
     * stated only with the layout.
     */
    private static ObjectNode topicConfiguration(TopicDefinition topic, Optional<TopicLayout> layout) {
        Map<String, String> settings = TopicSettings.of(topic.compacted(),
                layout.map(TopicLayout::replicationFactor).orElse(1));
        ObjectNode configuration = NODES.objectNode();
        configuration.putArray(TopicSettings.CLEANUP_POLICY).add(settings.get(TopicSettings.CLEANUP_POLICY));
        for (String name : new String[] { TopicSettings.RETENTION_MS, TopicSettings.RETENTION_BYTES,
                TopicSettings.MAX_MESSAGE_BYTES }) {
            if (settings.containsKey(name)) {
                configuration.put(name, Long.parseLong(settings.get(name)));
            }
        }
        if (layout.isPresent()) {
            configuration.put(TopicSettings.MIN_IN_SYNC_REPLICAS,
                    Integer.parseInt(settings.get(TopicSettings.MIN_IN_SYNC_REPLICAS)));
        }
        return configuration;
    }

    private static ObjectNode operation(String action, TopicDefinition topic, String service) {
        ObjectNode operation = NODES.objectNode();
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + topic.name());
        operation.put("title", service + (action.equals("send") ? " publishes on " : " consumes ") + topic.name());
        ArrayNode messages = operation.putArray("messages");
        for (EventType type : EventType.values()) {
            if (type.topic().equals(topic.name())) {
                messages.addObject().put("$ref", "#/channels/" + topic.name() + "/messages/" + type.ceType());
            }
        }
        operation.put("x-service", service);
        return operation;
    }

    /**
     * AsyncAPI 3.0 names no SASL/OAUTHBEARER scheme (its SASL schemes are PLAIN, SCRAM and GSSAPI). What a client
     * needs to know is an OAuth 2 client-credentials flow, so the scheme is {@code oauth2} with that flow, and the SASL
     * mechanism and Kafka's login settings are said in its description and extensions.
     */
    private static ObjectNode agencyToken(String issuer) {
        ObjectNode scheme = NODES.objectNode();
        scheme.put("type", "oauth2");
        scheme.put("description", "SASL/OAUTHBEARER (KIP-768): the client logs in with an access token of its "
                + "agency, which Kafka's own login handler gets from the issuer with the client-credentials grant and "
                + "renews before it expires (sasl.mechanism=OAUTHBEARER, sasl.login.callback.handler.class="
                + "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler, "
                + "sasl.oauthbearer.token.endpoint.url=the tokenUrl below). The broker checks the token against the "
                + "issuer's keys and authorizes the agency (the token's sub) by the ACLs identity-service keeps; "
                + "scopes play no part.");
        scheme.putObject("flows").putObject("clientCredentials")
                .put("tokenUrl", AgencyKafkaLogin.tokenEndpoint(issuer))
                .putObject("availableScopes");
        scheme.put("x-sasl-mechanism", "OAUTHBEARER");
        return scheme;
    }
}
