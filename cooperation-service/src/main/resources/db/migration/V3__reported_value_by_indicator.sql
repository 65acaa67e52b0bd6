-- The replica of reported values keyed as it is read: the outcome views ask for some indicators of some units
-- (indicator_code IN (…) AND county_code IN (…)), which the primary key in this order serves alone, so the
-- second index every row also had to be written into goes. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE reported_value_by_indicator (
    indicator_code  VARCHAR(64)     NOT NULL,
    county_code     VARCHAR(6)      NOT NULL,
    period          VARCHAR(7)      NOT NULL,
    figure          NUMERIC(38, 10) NOT NULL,
    revision        INTEGER         NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event_id        VARCHAR(100)    NOT NULL,
    applied_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator_code, county_code, period)
);
INSERT INTO reported_value_by_indicator (indicator_code, county_code, period, figure, revision, reported_at, event_id,
                                         applied_at)
SELECT indicator_code, county_code, period, figure, revision, reported_at, event_id, applied_at FROM reported_value;
DROP TABLE reported_value;
ALTER TABLE reported_value_by_indicator RENAME TO reported_value;
