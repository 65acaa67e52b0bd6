package zone.xianggan.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;
import zone.xianggan.events.TopicDefinition;
import zone.xianggan.events.Topics;
import zone.xianggan.platform.tracing.EventTrace;

/**
 * Kafka records in the CloudEvents Kafka protocol binding, binary content mode: the attributes travel as
 * {@code ce_*} headers, the JSON data as the record value, the entity id as the record key.
 */
public final class CloudEventRecords {

    public static final String JSON = "application/json";

    private CloudEventRecords() {
    }

    /**
     * The event as a record of its topic. Its trace context, where it has one, goes as the CloudEvents
     * distributed-tracing extension ({@code ce_traceparent}, {@code ce_tracestate}): optional, so that a subscriber
     * that knows nothing of it reads the event as before.
     */
    public static ProducerRecord<String, byte[]> toRecord(OutgoingEvent event, URI source) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withSource(source)
                .withType(event.type().ceType())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(event.key())
                .withDataContentType(JSON)
                .withDataSchema(event.type().dataSchema())
                .withData(event.data());
        EventTrace trace = event.trace();
        if (trace != null) {
            builder.withExtension(DistributedTracingExtension.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                builder.withExtension(DistributedTracingExtension.TRACESTATE, trace.tracestate());
            }
        }
        return KafkaMessageFactory.<String>createWriter(event.type().topic(), event.key())
                .writeBinary(builder.build());
    }

    /**
     * Reads a zone CloudEvent and its data, which must fit the JSON Schema of its type; anything else is an
     * {@link UnreadableEventException}. An event of another topic's type, or from any source but the topic's owner,
     * is refused too ({@link ForeignEventException}): only the owner may write a topic, and a record claiming
     * otherwise was not written by the zone. A record without a value is a {@link TombstoneException}.
     */
    public static ReceivedEvent<?> read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new TombstoneException(record.topic(), record.key());
        }
        CloudEvent cloudEvent = toCloudEvent(record);
        EventType type = EventType.ofCeType(cloudEvent.getType())
                .orElseThrow(() -> new UnreadableEventException("unknown event type " + cloudEvent.getType()));
        if (!type.topic().equals(record.topic())) {
            throw new ForeignEventException(type.ceType() + " does not belong on " + record.topic());
        }
        URI owner = Topics.definition(record.topic()).map(TopicDefinition::source).orElse(null);
        if (owner != null && !owner.equals(cloudEvent.getSource())) {
            throw new ForeignEventException("event " + cloudEvent.getId() + " on " + record.topic() + " comes from "
                    + cloudEvent.getSource() + ", but only " + owner + " writes that topic");
        }
        if (cloudEvent.getData() == null) {
            throw new UnreadableEventException("event " + cloudEvent.getId() + " carries no data");
        }
        if (cloudEvent.getDataContentType() != null && !cloudEvent.getDataContentType().startsWith(JSON)) {
            throw new UnreadableEventException("event " + cloudEvent.getId() + " data is "
                    + cloudEvent.getDataContentType() + ", not " + JSON);
        }
        byte[] json = cloudEvent.getData().toBytes();
        Object data = EventJson.read(json, type.dataClass());
        // Reading alone lets data that breaks the contract through (a missing code, an unknown kind): refused here,
        // it goes to the dead-letter topic at once instead of failing on every retry, or worse, being stored.
        List<String> violations = EventSchemas.violations(type, new String(json, StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("event " + cloudEvent.getId() + " data breaks the schema of "
                    + type.ceType() + ": " + violations);
        }
        OffsetDateTime time = cloudEvent.getTime();
        return new ReceivedEvent<>(cloudEvent.getId(), type, cloudEvent.getSource(), cloudEvent.getSubject(), time,
                data);
    }

    /** The record as a CloudEvent, whatever its type: for subscribers and tests that inspect the envelope. */
    public static CloudEvent toCloudEvent(ConsumerRecord<String, byte[]> record) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            if (reader.getEncoding() != Encoding.BINARY) {
                throw new UnreadableEventException("not a binary-mode CloudEvent (encoding " + reader.getEncoding()
                        + ")");
            }
            return reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new UnreadableEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }
}
