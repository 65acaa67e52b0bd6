-- This service's copy of the county registry, built only from registry.counties.v1.
-- version is the record of having applied an event: an event with a version not above it changes nothing.
CREATE TABLE county_replica (
    code        VARCHAR(6)               PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    snapshot    VARCHAR(20000)           NOT NULL,
    event_id    VARCHAR(100)             NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
