-- Which parked records an operator has replayed successfully: the dead-letter topics themselves stay as written.
CREATE TABLE dead_letter_replay (
    dead_letter_topic VARCHAR(249) NOT NULL,
    dead_letter_partition INT NOT NULL,
    dead_letter_offset BIGINT NOT NULL,
    replayed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    replayed_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
