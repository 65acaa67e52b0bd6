-- Who made each change: the authenticated agency (or system:… for the zone's own seeding), and the person acting
-- for it where the agency named one. A unit's current version takes the name its history entry was recorded with.
ALTER TABLE county ADD COLUMN changed_by VARCHAR(120);
ALTER TABLE county ADD COLUMN changed_by_person VARCHAR(120);
UPDATE county SET changed_by = (SELECT h.actor FROM county_change h WHERE h.county_code = county.code
                                AND h.version = county.version);
ALTER TABLE county ALTER COLUMN changed_by SET NOT NULL;
ALTER TABLE county_change ADD COLUMN person VARCHAR(120);
ALTER TABLE spatial_element_change ADD COLUMN person VARCHAR(120);
