-- The layout of a system-versioned table: current_value holds each value's latest revision in full, and
-- value_revision every revision that a later one has superseded. Every revision is still kept, and a history is
-- the two read together; a first report, the common case of an import, now writes one row instead of two.
ALTER TABLE current_value ADD COLUMN previous_value NUMERIC(38, 10);

UPDATE current_value SET previous_value = (
    SELECT r.previous_value FROM value_revision r
    WHERE r.county_code = current_value.county_code AND r.indicator_code = current_value.indicator_code
      AND r.period = current_value.period AND r.revision = current_value.revision);

DELETE FROM value_revision WHERE EXISTS (
    SELECT 1 FROM current_value c
    WHERE c.county_code = value_revision.county_code AND c.indicator_code = value_revision.indicator_code
      AND c.period = value_revision.period AND c.revision = value_revision.revision);
