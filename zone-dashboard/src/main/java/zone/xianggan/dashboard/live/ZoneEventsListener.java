package zone.xianggan.dashboard.live;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.events.Topics;

/**
 * The dashboard as a subscriber: every instance follows the zone's topics from now on, in a consumer group of its own
 * (each must see every event to tell its own pages), and tells the open pages. What a page shows it reads from the
 * services; an event only tells it what changed.
 */
@Component
class ZoneEventsListener {

    private final LiveFeed feed;
    private final JsonMapper json;

    ZoneEventsListener(LiveFeed feed, JsonMapper json) {
        this.feed = feed;
        this.json = json;
    }

    @KafkaListener(topics = { Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_CATALOGUE_V1, Topics.INDICATORS_VALUES_V1,
            Topics.COOPERATION_PROJECTS_V1 })
    void on(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        feed.publish(new LiveEvent(header(record, "ce_id"), record.topic(), header(record, "ce_type"),
                header(record, "ce_subject"), header(record, "ce_time"), data(record.value())));
    }

    private JsonNode data(byte[] value) {
        try {
            return json.readTree(value);
        } catch (JacksonException notJson) {
            // A page shows what happened even where the data is not what the zone publishes.
            return json.getNodeFactory().stringNode(new String(value, StandardCharsets.UTF_8));
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
