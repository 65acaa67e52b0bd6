-- The keys that sign access tokens. One is active; a retired one is kept, and published in the JWKS, until the last
-- token it signed has expired. Two identity-service instances on one database take signing_key_lock before they
-- rotate, and the unique `active` column holds at most one 'Y' whatever happens.

CREATE TABLE signing_key (
    kid                  VARCHAR(64)  PRIMARY KEY,
    -- PKCS#8; encrypted (AES-256-GCM, nonce first) when private_key_encryption says so
    private_key          BYTEA        NOT NULL,
    private_key_encryption VARCHAR(20) NOT NULL,
    -- X.509 SubjectPublicKeyInfo
    public_key           BYTEA        NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at           TIMESTAMP WITH TIME ZONE,
    active               CHAR(1),
    CONSTRAINT signing_key_one_active UNIQUE (active),
    CONSTRAINT signing_key_active_is_y CHECK (active = 'Y'),
    CONSTRAINT signing_key_active_until_retired CHECK ((active IS NULL) = (retired_at IS NOT NULL))
);

CREATE TABLE signing_key_lock (
    id  INTEGER PRIMARY KEY
);

INSERT INTO signing_key_lock (id) VALUES (1);
