package zone.xianggan.dashboard.live;

import tools.jackson.databind.JsonNode;

/**
 * An event of the zone as a page receives it: what happened ({@code type}, the CloudEvent's), to what
 * ({@code subject}: a unit's code, an indicator's, a project's id), when, and its data as published.
 */
public record LiveEvent(String id, String topic, String type, String subject, String time, JsonNode data) {
}
