package zone.xianggan.platform.deadletter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import zone.xianggan.platform.schema.ModuleSchema;

/** The marks of parked records replayed successfully, in the service's own database (module {@code zone-dead-letters}). */
class DeadLetterReplays {

    static final String MODULE = "zone-dead-letters";

    private final JdbcTemplate jdbc;

    DeadLetterReplays(JdbcTemplate jdbc, ModuleSchema schema) {
        if (!MODULE.equals(schema.module())) {
            throw new IllegalArgumentException("expects the schema of " + MODULE + ", not " + schema.module());
        }
        this.jdbc = jdbc;
    }

    /** The marks on one dead-letter topic, by partition and offset. */
    Map<Address, Mark> of(String deadLetterTopic) {
        Map<Address, Mark> marks = new HashMap<>();
        jdbc.query("""
                SELECT dead_letter_partition, dead_letter_offset, replayed_at, replayed_by FROM dead_letter_replay
                WHERE dead_letter_topic = ?""", rs -> {
            marks.put(new Address(deadLetterTopic, rs.getInt(1), rs.getLong(2)),
                    new Mark(rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
        }, deadLetterTopic);
        return marks;
    }

    /** Records the replay; a record replayed twice keeps its first mark. */
    void mark(Address address, Instant at, String by) {
        try {
            jdbc.update("""
                    INSERT INTO dead_letter_replay (dead_letter_topic, dead_letter_partition, dead_letter_offset,
                    replayed_at, replayed_by) VALUES (?, ?, ?, ?, ?)""", address.topic(), address.partition(),
                    address.offset(), at.atOffset(ZoneOffset.UTC), by);
        } catch (DuplicateKeyException replayedBefore) {
            // Replaying is idempotent; the first replay is the one on record.
        }
    }

    record Address(String topic, int partition, long offset) {
    }

    record Mark(Instant at, String by) {
    }
}
