package zone.xianggan.subscriber.events;

import zone.xianggan.events.EventType;

/**
 * A zone event as read from its record: its {@code ce_id}, its type, and its data as the type's record from
 * {@code zone-events} ({@code CountySnapshot}, {@code ReportedValue}, …).
 */
public record ZoneEvent(String id, EventType type, Object data) {
}
