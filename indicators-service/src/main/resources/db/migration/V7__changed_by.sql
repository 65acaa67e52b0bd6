-- Who made each change: the authenticated agency (its id), or system:seed for what the zone entered itself, and the
-- person acting for the agency where it named one (X-Actor). Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- An indicator's and a target's current version take the name their history entry was recorded with; those a
-- migration entered (the starting catalogue, V2, until its first start publishes it; the plan's targets, V3) have
-- no entry and are the zone's own.
ALTER TABLE indicator ADD COLUMN changed_by VARCHAR(120);
ALTER TABLE indicator ADD COLUMN changed_by_person VARCHAR(120);
UPDATE indicator SET changed_by = COALESCE((SELECT h.actor FROM indicator_change h
                                            WHERE h.indicator_code = indicator.code AND h.version = indicator.version),
                                           'system:seed');
ALTER TABLE indicator ALTER COLUMN changed_by SET NOT NULL;
ALTER TABLE indicator_change ADD COLUMN person VARCHAR(120);

ALTER TABLE target ADD COLUMN changed_by VARCHAR(120);
ALTER TABLE target ADD COLUMN changed_by_person VARCHAR(120);
UPDATE target SET changed_by = COALESCE((SELECT h.actor FROM target_change h
                                         WHERE h.target_id = target.id AND h.version = target.version),
                                        'system:seed');
ALTER TABLE target ALTER COLUMN changed_by SET NOT NULL;
ALTER TABLE target_change ADD COLUMN person VARCHAR(120);

-- A value's revisions: reported_by is the agency, person who acted for it. Revisions reported before keep the name
-- their reporter gave (reported_by) and have no person.
ALTER TABLE current_value ADD COLUMN person VARCHAR(120);
ALTER TABLE value_revision ADD COLUMN person VARCHAR(120);
