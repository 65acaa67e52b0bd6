#!/usr/bin/env bash
# CI's last part: the production shape in containers. Starts a Docker engine where none answers (as root, from
# Debian's packages), builds the stand-in images (docker/build-local-images.sh; kept between runs on one machine),
# then runs the Testcontainers tests (*ContainersIT): the registry on Kafka and PostgreSQL containers;
# docker-compose.yml brought up, used across the three services and taken down; and the fault suite's short form on
# docker-compose.cluster.yml. Where no engine can be had, says so in one line and skips, as the build does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "ci: containers: $*"; }

if ! docker info >/dev/null 2>&1; then
    if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
        say "no Docker engine answers and none can be installed here (needs root and apt); skipped."
        exit 0
    fi
    missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v docker-compose >/dev/null || missing+=(docker-compose)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    if ((${#missing[@]})); then
        say "installing ${missing[*]} from Debian's packages …"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/tmp/ci-docker-install.log 2>&1 || {
            (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}") \
                >>/tmp/ci-docker-install.log 2>&1 || {
                tail -n 20 /tmp/ci-docker-install.log
                say "could not install ${missing[*]}; skipped."
                exit 0
            }
        }
    fi
    say "starting dockerd (log: /tmp/ci-dockerd.log)"
    nohup dockerd >/tmp/ci-dockerd.log 2>&1 &
    if ! timeout 60 bash -c 'until docker info >/dev/null 2>&1; do sleep 1; done'; then
        tail -n 20 /tmp/ci-dockerd.log
        say "dockerd did not answer within 60 s; skipped."
        exit 0
    fi
fi
say "Docker $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"
command -v docker-compose >/dev/null || {
    say "docker-compose is missing (apt-get install docker-compose)."
    exit 1
}

docker/build-local-images.sh
set -a
source docker/local-images.env
set +a

# No public registry answers here: Testcontainers' own helper containers (the Ryuk reaper, the start-up checks, and
# the one it starts to find the host's address when /.dockerenv says it runs in a container, as on these machines)
# would need images from one. Each test stops what it started, and the containers' ports are on this host.
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost
# Testcontainers asks for API 1.44 first and falls back to 1.32; the engine's own version (1.41 with Debian's Docker
# 20.10) is what it should speak. docker-java reads it from the system property api.version.
api_version="$(docker version --format '{{.Server.APIVersion}}')"
say "./mvnw verify, the Testcontainers tests only (${ZONE_KAFKA_IMAGE}, ${ZONE_POSTGRES_IMAGE}, ${ZONE_JRE_IMAGE};" \
    "Docker API $api_version)"
./mvnw verify -Dzone.containers-only=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dapi.version="$api_version"
