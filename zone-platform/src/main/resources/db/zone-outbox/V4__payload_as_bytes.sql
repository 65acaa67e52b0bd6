-- Events are stored as the bytes Kafka carries: a row's payload_bytes is the event's JSON data, or for a bundle
-- its events packed (OutboxBundle), with lengths in bytes. No event is turned into text and back on its way, and
-- no payload passes through the text caches of the database driver. Rows stored before keep their text payload
-- and are read as before until the relay has published them.
ALTER TABLE zone_outbox ADD COLUMN payload_bytes BYTEA;
ALTER TABLE zone_outbox ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE zone_outbox ADD CONSTRAINT zone_outbox_has_payload
    CHECK (payload_bytes IS NOT NULL OR payload IS NOT NULL);
