#!/usr/bin/env bash
# The benchmark: starts a fresh zone with the local launcher (H2, or PostgreSQL with --postgres), loads it,
# measures it beside raw baselines taken in the same run, and writes bench/results/<engine>.{md,csv,png}.
#   bench/run.sh [--postgres] [--quick] [--updates N] [--warmup-updates N] [--warmup-batches N] [--warmup-reads S]
#                [--only propagation,ingestion,reads,hostile]   some sections only (bench/results/<engine>-partial.*)
#   bench/run.sh --growth [--postgres] [--quick]   the data growing to 10^7 values (--quick: 10^6), written to
#                                                   bench/results/growth-<engine>.{md,csv,png}
# Needs what ./run-local.sh needs (a JDK 21+), and for --postgres a PostgreSQL server (BENCH_PG_URL, default
# jdbc:postgresql://127.0.0.1:5432/, user BENCH_PG_USER=postgres) where it may create databases zone_bench_*.
#   bench/run.sh --cluster [--quick] [--updates N] [--warmup-updates N] [--warmup-batches N]
# The cluster mode: docker-compose.cluster.yml (three brokers, RF 3, min ISR 2, PostgreSQL, two instances of each
# service) brought up with fresh secrets as faults/run.sh brings it up, then, in one run on it, ingestion (batches of
# 10,000 through indicators' batch API, one at a time and two clients at once) and propagation (registry update
# acknowledged -> visible in both replica services), first with one instance of each service (the second instances
# docker-stopped), then with two (started again, requests spread over both instances' ports), each beside plain
# Kafka produce -> consume on the same cluster; taken down with its volumes after. Writes bench/results/cluster.{md,csv}
# (cluster-quick.* with --quick). Needs a Docker engine and docker-compose, the host ports 8081-8084, 18081-18083 and
# 29092-29094 free, and where no public image registry answers the stand-ins of docker/build-local-images.sh (their
# variables are taken from docker/local-images.env when it exists).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/jdk.sh
use_jdk_21 bench/run.sh
if [[ "${1:-}" == --help || "${1:-}" == -h ]]; then
    sed -n 's/^#   //p' "${BASH_SOURCE[0]}"
    exit 0
fi
if [[ " $* " == *" --cluster "* ]]; then
    if ! docker info >/dev/null 2>&1 || ! command -v docker-compose >/dev/null; then
        echo "bench/run.sh: the cluster mode needs a Docker engine and docker-compose (docs/containers.md)." >&2
        exit 1
    fi
    # The services' exec jars, identity-service's too: each image of the compose file is built from one.
    ./mvnw -q -B -DskipTests package \
        -pl bench,identity-service,registry-service,indicators-service,cooperation-service -am
    source scripts/local-docker.sh
    use_local_docker
    exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dapi.version="$docker_api_version" \
        -jar bench/target/bench.jar "$@"
fi
./mvnw -q -B -DskipTests package -pl bench -am
./mvnw -q -B -DskipTests package -pl registry-service,indicators-service,cooperation-service -am
export ZONE_PROJECT_ROOT="$root"
exec "$JAVA_HOME/bin/java" -jar bench/target/bench.jar "$@"
