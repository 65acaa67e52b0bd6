-- What changed since an instant (GET /api/v1/values?updatedAfter=…) reads the current values in the order they were
-- last reported, then by key: this index serves that order and its cursor, so that a part reads its own rows and no
-- more, however many values the zone holds. One more index for a first report to maintain: the price of a catch-up
-- that does not scan and sort the whole table for each part. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE INDEX current_value_by_change ON current_value (reported_at, indicator_code, county_code, period);
