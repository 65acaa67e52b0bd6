-- One row may carry several events of one transaction, in the order they were appended: an import of 10,000
-- values is a few rows to insert, read and delete instead of 10,000. A row of one event keeps its type, key and
-- id in columns, as before; a row of several keeps them in its payload (event_count > 1). published_count is how
-- many of a row's events Kafka has acknowledged, so that after a failure part way through a row the relay goes on
-- from the first event not acknowledged.
ALTER TABLE zone_outbox ADD COLUMN event_count INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE zone_outbox ADD COLUMN published_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE zone_outbox ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE zone_outbox ALTER COLUMN event_type DROP NOT NULL;
ALTER TABLE zone_outbox ALTER COLUMN message_key DROP NOT NULL;
