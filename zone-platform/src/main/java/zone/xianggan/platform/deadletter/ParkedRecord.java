package zone.xianggan.platform.deadletter;

import java.time.Instant;

/**
 * A record parked on one of this service's dead-letter topics, as an operator sees it.
 *
 * @param deadLetterTopic   where it is parked; with {@code partition} and {@code offset}, its address for a replay
 * @param topic             where it was published
 * @param originalPartition its partition there
 * @param originalOffset    its offset there
 * @param key               its key (the entity's id)
 * @param eventId           its {@code ce_id}, if it has one
 * @param eventType         its {@code ce_type}, if it has one
 * @param source            its {@code ce_source}, if it has one
 * @param traceId           the trace of the change it reports (from its {@code ce_traceparent}), if it has one: the
 *                          id to look for in the services' logs
 * @param reason            {@code foreign}, {@code tombstone} or {@code unreadable} (see {@code DeadLetterReason})
 * @param exception         the class of the failure
 * @param message           the failure's message (at most 1 KiB)
 * @param sizeBytes         the size of its value
 * @param parkedAt          when it was parked
 * @param replayedAt        when an operator replayed it successfully; null while it waits
 * @param replayedBy        the operator who did
 */
public record ParkedRecord(String deadLetterTopic, int partition, long offset, String topic, Integer originalPartition,
        Long originalOffset, String key, String eventId, String eventType, String source, String traceId,
        String reason, String exception, String message, int sizeBytes, Instant parkedAt, Instant replayedAt,
        String replayedBy) {

    ParkedRecord replayed(Instant at, String by) {
        return new ParkedRecord(deadLetterTopic, partition, offset, topic, originalPartition, originalOffset, key,
                eventId, eventType, source, traceId, reason, exception, message, sizeBytes, parkedAt, at, by);
    }
}
