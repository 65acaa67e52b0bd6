-- One database per service, each owned by a role of its own, so that no service can read another's data
-- (docker-compose.yml gives each service its database, user and password; DockerComposeIT checks they match).
-- The passwords are for a local docker compose only: set real ones wherever the zone holds real data.
-- Runs once, when the PostgreSQL data volume is empty.

CREATE ROLE registry LOGIN PASSWORD 'registry';
CREATE DATABASE registry OWNER registry;
REVOKE ALL ON DATABASE registry FROM PUBLIC;

CREATE ROLE indicators LOGIN PASSWORD 'indicators';
CREATE DATABASE indicators OWNER indicators;
REVOKE ALL ON DATABASE indicators FROM PUBLIC;

CREATE ROLE cooperation LOGIN PASSWORD 'cooperation';
CREATE DATABASE cooperation OWNER cooperation;
REVOKE ALL ON DATABASE cooperation FROM PUBLIC;

CREATE ROLE identity LOGIN PASSWORD 'identity';
CREATE DATABASE identity OWNER identity;
REVOKE ALL ON DATABASE identity FROM PUBLIC;
