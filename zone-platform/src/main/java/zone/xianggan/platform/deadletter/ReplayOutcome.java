package zone.xianggan.platform.deadletter;

/**
 * What replaying one parked record did: {@code replayed} (processed as if it had just arrived, and marked so), or
 * {@code failed} with why (it stays parked, to be replayed after a further fix).
 */
public record ReplayOutcome(String deadLetterTopic, int partition, long offset, String key, String outcome,
        String reason, String message) {

    static ReplayOutcome replayed(ParkedRecord record) {
        return new ReplayOutcome(record.deadLetterTopic(), record.partition(), record.offset(), record.key(),
                "replayed", null, null);
    }

    static ReplayOutcome failed(ParkedRecord record, String reason, String message) {
        return new ReplayOutcome(record.deadLetterTopic(), record.partition(), record.offset(), record.key(),
                "failed", reason, message);
    }
}
