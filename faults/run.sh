#!/usr/bin/env bash
# The fault suite: docker-compose.cluster.yml under a steady load, each fault injected in turn (the leader broker
# killed, a broker paused and one cut off the network, one instance of each service killed, PostgreSQL restarted),
# then checked from the databases and the topics. Writes faults/results/<form>.{md,csv}; exits 1 if a check failed.
#   faults/run.sh [--short]
# Needs a Docker engine and docker-compose; where no public image registry answers, the stand-ins of
# docker/build-local-images.sh (their variables are taken from docker/local-images.env when it exists).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/jdk.sh
use_jdk_21 faults/run.sh
if [[ "${1:-}" == --help || "${1:-}" == -h ]]; then
    sed -n 's/^#   //p' "${BASH_SOURCE[0]}"
    exit 0
fi
source scripts/local-docker.sh
use_local_docker
./mvnw -q -B -DskipTests package -pl faults -am
exec "$JAVA_HOME/bin/java" -Dapi.version="$docker_api_version" -jar faults/target/faults.jar "$@"
