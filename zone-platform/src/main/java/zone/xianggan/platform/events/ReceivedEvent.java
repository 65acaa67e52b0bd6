package zone.xianggan.platform.events;

import java.net.URI;
import java.time.OffsetDateTime;

import zone.xianggan.events.EventType;

/** A zone CloudEvent as a consumer sees it: its envelope attributes and its data, read into the type's record. */
public record ReceivedEvent<T>(String id, EventType type, URI source, String subject, OffsetDateTime time, T data) {
}
