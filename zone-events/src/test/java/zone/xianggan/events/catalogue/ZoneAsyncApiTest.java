package zone.xianggan.events.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;
import zone.xianggan.events.TopicDefinition;
import zone.xianggan.events.Topics;

class ZoneAsyncApiTest {

    private static final String ISSUER = "http://127.0.0.1:8084";
    private static final Optional<TopicLayout> THREE_BROKERS = Optional.of(new TopicLayout(3, 3));

    @Test
    void theDocumentIsAnAsyncApi300Document() {
        assertThat(AsyncApiSchema.violations(ZoneAsyncApi.json(ISSUER, THREE_BROKERS))).isEmpty();
    }

    @Test
    void theDocumentWithoutADeploymentsLayoutIsAnAsyncApi300Document() {
        assertThat(AsyncApiSchema.violations(ZoneAsyncApi.json(ISSUER, Optional.empty()))).isEmpty();
    }

    @Test
    void aDocumentBreakingAsyncApisSchemaIsRefused() {
        ObjectNode broken = ZoneAsyncApi.document(ISSUER, THREE_BROKERS);
        ((ObjectNode) broken.at("/channels/registry.counties.v1/bindings/kafka/topicConfiguration"))
                .putArray("cleanup.policy").add("forever");

        assertThat(AsyncApiSchema.violations(broken.toString())).isNotEmpty();
    }

    @Test
    void everyTopicIsAChannelNamingItsOwnerAndSettings() {
        JsonNode channels = ZoneAsyncApi.document(ISSUER, THREE_BROKERS).get("channels");

        assertThat(channels.propertyNames()).containsExactlyElementsOf(
                Topics.ALL.stream().map(TopicDefinition::name).toList());
        JsonNode values = channels.get(Topics.INDICATORS_VALUES_V1);
        assertThat(values.get("x-owner").asString()).isEqualTo("indicators-service");
        JsonNode kafka = values.at("/bindings/kafka");
        assertThat(kafka.get("partitions").asInt()).isEqualTo(3);
        assertThat(kafka.get("replicas").asInt()).isEqualTo(3);
        assertThat(kafka.at("/topicConfiguration/cleanup.policy/0").asString()).isEqualTo("delete");
        assertThat(kafka.at("/topicConfiguration/retention.ms").asLong()).isEqualTo(-1);
        assertThat(kafka.at("/topicConfiguration/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(channels.at("/registry.counties.v1/bindings/kafka/topicConfiguration/cleanup.policy/0")
                .asString()).isEqualTo("compact");
    }

    @Test
    void withoutALayoutAChannelClaimsNoPartitionsOrReplicas() {
        JsonNode kafka = ZoneAsyncApi.document(ISSUER, Optional.empty())
                .at("/channels/cooperation.projects.v1/bindings/kafka");

        assertThat(kafka.has("partitions")).isFalse();
        assertThat(kafka.has("replicas")).isFalse();
        assertThat(kafka.get("topicConfiguration").has("min.insync.replicas")).isFalse();
    }

    @Test
    void everyEventTypeIsAMessageWhosePayloadIsItsPublishedSchema() {
        ObjectNode document = ZoneAsyncApi.document(ISSUER, THREE_BROKERS);

        for (EventType type : EventType.values()) {
            JsonNode message = document.at("/components/messages/" + type.ceType());
            JsonNode payload = resolve(document, message.at("/payload/$ref").asString()).get("schema");
            JsonNode published = JsonMapper.shared().readTree(EventSchemas.text(type));
            assertThat(payload.get("required")).isEqualTo(published.get("required"));
            assertThat(payload.get("properties").propertyNames())
                    .containsExactlyElementsOf(published.get("properties").propertyNames());
            assertThat(message.at("/headers/properties/ce_type/const").asString()).isEqualTo(type.ceType());
            assertThat(message.at("/headers/properties/ce_dataschema/const").asString())
                    .isEqualTo(type.dataSchema().toString());
        }
    }

    @Test
    void everyReferenceResolvesWithinTheDocument() {
        ObjectNode document = ZoneAsyncApi.document(ISSUER, THREE_BROKERS);
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).hasSizeGreaterThan(EventType.values().length)
                .allSatisfy(reference -> assertThat(resolve(document, reference).isMissingNode())
                        .as(reference).isFalse());
    }

    @Test
    void anEventsSourceIsItsTopicsOwner() {
        JsonNode headers = ZoneAsyncApi.document(ISSUER, THREE_BROKERS)
                .at("/components/messages/zone.cooperation.project.approved.v1/headers/properties");

        assertThat(headers.at("/ce_source/const").asString()).isEqualTo("/xianggan/cooperation-service");
    }

    @Test
    void eachZoneConsumerReceivesWithItsOwnGroup() {
        JsonNode operations = ZoneAsyncApi.document(ISSUER, THREE_BROKERS).get("operations");

        JsonNode receive = operations.get("cooperation-service.receives.indicators.values.v1");
        assertThat(receive.get("action").asString()).isEqualTo("receive");
        assertThat(receive.at("/bindings/kafka/groupId/const").asString()).isEqualTo("cooperation-service");
        assertThat(operations.get("indicators-service.sends.indicators.values.v1").get("action").asString())
                .isEqualTo("send");
    }

    @Test
    void subscribersGetTheirTokensFromTheIssuersTokenEndpoint() {
        JsonNode scheme = ZoneAsyncApi.document(ISSUER, THREE_BROKERS).at("/components/securitySchemes/agencyToken");

        assertThat(scheme.at("/flows/clientCredentials/tokenUrl").asString())
                .isEqualTo("http://127.0.0.1:8084/oauth2/token");
        assertThat(scheme.get("x-sasl-mechanism").asString()).isEqualTo("OAUTHBEARER");
    }

    private static JsonNode resolve(JsonNode document, String reference) {
        return document.at(reference.substring(1).replace("~1", "/"));
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.path("$ref").isString()) {
            references.add(node.get("$ref").asString());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
