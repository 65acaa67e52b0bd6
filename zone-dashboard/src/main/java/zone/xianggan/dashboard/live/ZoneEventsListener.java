package zone.xianggan.dashboard.live;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.dashboard.upstream.UpstreamCache;
import zone.xianggan.events.Topics;

/**
 * The dashboard as a subscriber: every instance follows the zone's topics from now on, in a consumer group of its own
 * (each must see every event to tell its own pages), and tells the open pages. What a page shows it reads from the
 * services; an event only tells it what changed, and ends what the dashboard kept of them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ZoneEventsListener implements ConsumerSeekAware {

    private static final Set<String> FOLLOWED = Set.of(Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_CATALOGUE_V1,
            Topics.INDICATORS_VALUES_V1, Topics.COOPERATION_PROJECTS_V1);

    private final LiveFeed feed;
    private final UpstreamCache upstream;
    private final JsonMapper json;
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();

    @KafkaListener(topics = { Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_CATALOGUE_V1, Topics.INDICATORS_VALUES_V1,
            Topics.COOPERATION_PROJECTS_V1 })
    void on(ConsumerRecord<String, byte[]> record) {
        // Before the pages are told: a page reading again on this event must not be given what was kept before it.
        upstream.zoneChanged();
        if (record.value() == null) {
            return;
        }
        feed.publish(new LiveEvent(header(record, "ce_id"), record.topic(), header(record, "ce_type"),
                header(record, "ce_subject"), header(record, "ce_time"), data(record.value())));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        assigned.addAll(assignments.keySet());
        upstream.followingTheZone(followsEveryTopic());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
        upstream.followingTheZone(followsEveryTopic());
    }

    /** The broker admits the dashboard to a topic once identity-service has granted it: not all at once at start. */
    private boolean followsEveryTopic() {
        return assigned.stream().map(TopicPartition::topic).collect(Collectors.toSet()).containsAll(FOLLOWED);
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
