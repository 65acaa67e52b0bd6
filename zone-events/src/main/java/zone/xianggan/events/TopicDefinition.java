package zone.xianggan.events;

import java.net.URI;
import java.util.List;

/**
 * One of the zone's topics: the one service that writes it (and is its events' only {@code ce_source}), whether it
 * keeps only each key's latest record, what its record key (and each event's {@code ce_subject}) is, how its events
 * are ordered, and the zone's services that consume it.
 */
public record TopicDefinition(String name, String owner, boolean compacted, String key, EventOrder order,
        List<String> consumers) {

    public TopicDefinition {
        consumers = List.copyOf(consumers);
    }

    /** The {@code ce_source} every event on this topic must carry. */
    public URI source() {
        return EventSources.of(owner);
    }

    /** Where consumer group {@code consumer} parks the records of this topic it cannot process. */
    public String deadLetterTopic(String consumer) {
        return Topics.deadLetter(name, consumer);
    }
}
