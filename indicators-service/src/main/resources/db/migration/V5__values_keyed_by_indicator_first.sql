-- Values keyed by indicator, period, unit: the order of the cross-sections, aggregates and completeness reads (one
-- indicator and period across units) and of the check that an indicator exists. The primary key then serves all of
-- them, and the separate cross-section index, and the index H2 adds for a foreign key that no index leads with, go:
-- a first report maintains one index instead of three. A unit's time series reads one indicator's rows.
CREATE TABLE current_value_by_indicator (
    county_code     VARCHAR(6)      NOT NULL,
    indicator_code  VARCHAR(64)     NOT NULL,
    period          VARCHAR(7)      NOT NULL,
    period_start    DATE            NOT NULL,
    revision        INTEGER         NOT NULL,
    figure          NUMERIC(38, 10) NOT NULL,
    previous_value  NUMERIC(38, 10),
    note            VARCHAR(1000),
    source          VARCHAR(200),
    reason          VARCHAR(500),
    reported_by     VARCHAR(120)    NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT current_value_key PRIMARY KEY (indicator_code, period, county_code),
    CONSTRAINT current_value_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code)
);
INSERT INTO current_value_by_indicator (county_code, indicator_code, period, period_start, revision, figure,
        previous_value, note, source, reason, reported_by, reported_at)
    SELECT county_code, indicator_code, period, period_start, revision, figure, previous_value, note, source, reason,
           reported_by, reported_at
    FROM current_value;
DROP TABLE current_value;
ALTER TABLE current_value_by_indicator RENAME TO current_value;

CREATE TABLE value_revision_by_indicator (
    county_code     VARCHAR(6)      NOT NULL,
    indicator_code  VARCHAR(64)     NOT NULL,
    period          VARCHAR(7)      NOT NULL,
    revision        INTEGER         NOT NULL,
    figure          NUMERIC(38, 10) NOT NULL,
    previous_value  NUMERIC(38, 10),
    note            VARCHAR(1000),
    source          VARCHAR(200),
    reason          VARCHAR(500),
    reported_by     VARCHAR(120)    NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT value_revision_key PRIMARY KEY (indicator_code, period, county_code, revision),
    CONSTRAINT value_revision_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code)
);
INSERT INTO value_revision_by_indicator (county_code, indicator_code, period, revision, figure, previous_value, note,
        source, reason, reported_by, reported_at)
    SELECT county_code, indicator_code, period, revision, figure, previous_value, note, source, reason, reported_by,
           reported_at
    FROM value_revision;
DROP TABLE value_revision;
ALTER TABLE value_revision_by_indicator RENAME TO value_revision;
