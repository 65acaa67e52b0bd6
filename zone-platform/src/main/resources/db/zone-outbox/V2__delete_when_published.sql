-- The outbox holds only what Kafka has not acknowledged: a published event is deleted in the transaction that
-- records its acknowledgement. The table stays small, an insert maintains its primary key alone, and the relay
-- reads the pending events in key order. Relays of several instances take turns by locking zone_outbox_relay.
DELETE FROM zone_outbox WHERE published_at IS NOT NULL;
DROP INDEX zone_outbox_pending;
ALTER TABLE zone_outbox DROP CONSTRAINT zone_outbox_event_id;
ALTER TABLE zone_outbox DROP COLUMN published_at;

CREATE TABLE zone_outbox_relay (
    id INTEGER PRIMARY KEY
);
INSERT INTO zone_outbox_relay (id) VALUES (1);
