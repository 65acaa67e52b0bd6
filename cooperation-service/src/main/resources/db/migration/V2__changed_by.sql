-- Who made each change: the authenticated agency (its id), or system:… for what the zone did itself (a review flag
-- raised because the registry retired a unit), and the person acting for the agency where it named one (X-Actor).
-- proposed_by and the actor columns keep their names and from now on hold the agency; person is beside them.
-- Rows written before keep the name their caller gave, which no token vouched for, and have no person.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE project ADD COLUMN proposed_by_person VARCHAR(120);
ALTER TABLE project_decision ADD COLUMN person VARCHAR(120);
ALTER TABLE project_change ADD COLUMN person VARCHAR(120);
