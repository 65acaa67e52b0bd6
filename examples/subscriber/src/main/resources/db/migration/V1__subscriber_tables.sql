-- The zone's county-level units: for each, the snapshot with the highest version seen.
CREATE TABLE counties (
    code             varchar(6)  PRIMARY KEY,
    name_zh          text        NOT NULL,
    name_en          text        NOT NULL,
    kind             text        NOT NULL,
    province_code    varchar(6)  NOT NULL,
    prefecture_code  varchar(6)  NOT NULL,
    clusters         text[]      NOT NULL,
    spatial_elements text[]      NOT NULL,
    status           text        NOT NULL,
    successor_code   varchar(6),
    retired_on       date,
    version          bigint      NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text,
    ce_id            text        NOT NULL  -- the event this row is from
);

-- Reported values: for each unit, indicator and period, the value with the highest revision seen.
CREATE TABLE indicator_values (
    county_code    varchar(6)  NOT NULL,
    indicator_code text        NOT NULL,
    period         text        NOT NULL,
    value          numeric     NOT NULL,
    revision       integer     NOT NULL,
    previous_value numeric,
    reason         text,
    note           text,
    source         text,
    reported_by    text        NOT NULL,
    reported_at    timestamptz NOT NULL,
    ce_id          text        NOT NULL,  -- the event this row is from
    PRIMARY KEY (county_code, indicator_code, period)
);

-- Every event applied or judged outdated, by its CloudEvents id: one delivered again is recognised here.
CREATE TABLE processed_events (
    ce_id        text        PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
