#!/usr/bin/env bash
# The official postgres image's start-up, for Debian's PostgreSQL: on an empty data directory, create the cluster
# (superuser POSTGRES_USER with POSTGRES_PASSWORD, database POSTGRES_DB), run /docker-entrypoint-initdb.d/*.sql, *.sql.gz
# and *.sh against it on a server that listens on its socket only, stop it; then run the command (postgres) as
# user postgres. Testcontainers waits for "ready to accept connections" twice, as with the official image.
set -euo pipefail

if [[ "${1:-}" == -* ]]; then
    set -- postgres "$@"
fi
if [[ "${1:-}" != postgres ]]; then
    exec "$@"
fi
if [[ "$(id -u)" == 0 ]]; then
    mkdir -p "$PGDATA"
    chown postgres:postgres "$PGDATA"
    chmod 700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$BASH_SOURCE" "$@"
fi

user="${POSTGRES_USER:-postgres}"
database="${POSTGRES_DB:-$user}"
auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
    if [[ -z "${POSTGRES_PASSWORD:-}" && "$auth" != trust ]]; then
        echo "Database is uninitialized and superuser password is not specified." >&2
        echo "  Set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust, for tests only)." >&2
        exit 1
    fi
    # shellcheck disable=SC2086
    initdb --username="$user" --pwfile=<(printf '%s\n' "${POSTGRES_PASSWORD:-}") --encoding=UTF8 --locale=C.UTF-8 \
        ${POSTGRES_INITDB_ARGS:-}
    echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
    echo "host all all all $auth" >> "$PGDATA/pg_hba.conf"

    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start
    export PGPASSWORD="${POSTGRES_PASSWORD:-}"
    psql=(psql -v ON_ERROR_STOP=1 --username "$user" --no-password --no-psqlrc)
    if [[ "$database" != postgres ]]; then
        "${psql[@]}" --dbname postgres --set db="$database" <<<'CREATE DATABASE :"db";'
    fi
    for file in /docker-entrypoint-initdb.d/*; do
        case "$file" in
            *.sh) echo "running $file"; if [[ -x "$file" ]]; then "$file"; else . "$file"; fi ;;
            *.sql) echo "running $file"; "${psql[@]}" --dbname "$database" -f "$file" ;;
            *.sql.gz) echo "running $file"; gunzip -c "$file" | "${psql[@]}" --dbname "$database" ;;
            *) [[ -e "$file" ]] && echo "ignoring $file" ;;
        esac
    done
    unset PGPASSWORD
    pg_ctl -D "$PGDATA" -m fast -w stop
    echo "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
