-- Values name their indicator by code without a foreign key. Every report is checked against the catalogue read in
-- the transaction that writes it, and an indicator is never deleted or renamed, only retired, so the constraint
-- guarded against nothing the service does; its lookup per row took over a quarter of a plain 10,000-row insert on
-- H2 (JMH, the benchmark's rows, services' heap: 108 ms a batch with the key, 78 without).
ALTER TABLE current_value DROP CONSTRAINT current_value_indicator;
ALTER TABLE value_revision DROP CONSTRAINT value_revision_indicator;
