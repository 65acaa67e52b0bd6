package zone.xianggan.subscriber.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;
import zone.xianggan.events.TopicDefinition;
import zone.xianggan.events.Topics;

/**
 * Reads a record of the zone's topics as the zone's own consumers do: a CloudEvent in binary mode (attributes in
 * {@code ce_*} headers, JSON data as the value), of a type that belongs on its topic, from the topic's one owner, with
 * data that fits the type's JSON Schema. Anything else is an {@link UnprocessableEventException}.
 */
public final class ZoneEventReader {

    /**
     * Tolerant: a {@code v1} type may gain optional properties (docs/events.md, Compatibility), which a subscriber
     * built before them ignores.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ZoneEventReader() {
    }

    public static ZoneEvent read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new UnprocessableEventException("a record without a value; the zone writes none");
        }
        CloudEvent event = envelope(record);
        EventType type = EventType.ofCeType(event.getType())
                .filter(known -> known.topic().equals(record.topic()))
                .orElseThrow(() -> new UnprocessableEventException("type " + event.getType() + " is not one of "
                        + record.topic() + "'s"));
        URI owner = Topics.definition(record.topic()).map(TopicDefinition::source).orElseThrow();
        if (!owner.equals(event.getSource())) {
            throw new UnprocessableEventException("event " + event.getId() + " comes from " + event.getSource()
                    + ", but only " + owner + " writes " + record.topic());
        }
        if (event.getData() == null) {
            throw new UnprocessableEventException("event " + event.getId() + " carries no data");
        }
        return new ZoneEvent(event.getId(), type, data(event, type));
    }

    private static CloudEvent envelope(ConsumerRecord<String, byte[]> record) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            if (reader.getEncoding() != Encoding.BINARY) {
                throw new UnprocessableEventException("not a binary-mode CloudEvent");
            }
            return reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new UnprocessableEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    private static Object data(CloudEvent event, EventType type) {
        String json = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode tree = JSON.readTree(json);
            List<String> violations = EventSchemas.violations(type, json);
            if (!violations.isEmpty()) {
                throw new UnprocessableEventException("event " + event.getId() + " breaks the schema of "
                        + type.ceType() + ": " + violations);
            }
            return JSON.treeToValue(tree, type.dataClass());
        } catch (JacksonException e) {
            throw new UnprocessableEventException("event " + event.getId() + " data is not the JSON of "
                    + type.ceType() + ": " + e.getOriginalMessage(), e);
        }
    }
}
