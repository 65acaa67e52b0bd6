-- A payload is the bytes Kafka carries, and a bundle's are compressed: no release stored text payloads (V4) or
-- uncompressed bundles (V5), so the text column and the constraint that allowed either are dropped. Should a
-- database written before V4 still hold a text row, this migration fails on the NOT NULL rather than drop an event.
ALTER TABLE zone_outbox DROP CONSTRAINT zone_outbox_has_payload;
ALTER TABLE zone_outbox ALTER COLUMN payload_bytes SET NOT NULL;
ALTER TABLE zone_outbox DROP COLUMN payload;
