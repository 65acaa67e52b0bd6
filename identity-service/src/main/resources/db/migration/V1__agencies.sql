-- The agencies: the zone's OAuth 2 clients, with their rights, the hash of their secret, and the history of every
-- change (who, acting for which agency, when, why, what).

CREATE TABLE agency (
    id                 VARCHAR(63)   PRIMARY KEY,
    kind               VARCHAR(20)   NOT NULL,
    unit               VARCHAR(6),
    province           VARCHAR(6),
    name_zh            VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    -- space-separated scope values and topic names
    scopes             VARCHAR(1000) NOT NULL,
    topics             VARCHAR(2000) NOT NULL,
    enabled            BOOLEAN       NOT NULL,
    -- {bcrypt}..., never the secret itself
    secret_hash        VARCHAR(200)  NOT NULL,
    secret_rotated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    CONSTRAINT agency_unit_only_for_unit_agencies CHECK ((kind = 'UNIT_AGENCY') = (unit IS NOT NULL)),
    CONSTRAINT agency_province_only_for_drcs CHECK ((kind = 'PROVINCIAL_DRC') = (province IS NOT NULL))
);

CREATE TABLE agency_change (
    agency_id     VARCHAR(63)   NOT NULL REFERENCES agency (id),
    version       BIGINT        NOT NULL,
    change_type   VARCHAR(30)   NOT NULL,
    -- the authenticated agency (or system:seed), and the person it named in X-Actor, if any
    actor_agency  VARCHAR(100)  NOT NULL,
    actor_person  VARCHAR(120),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(500),
    changes       VARCHAR(8000) NOT NULL,
    PRIMARY KEY (agency_id, version)
);
