#!/usr/bin/env bash
# The benchmark: starts a fresh zone with the local launcher (H2, or PostgreSQL with --postgres), loads it,
# measures it beside raw baselines taken in the same run, and writes bench/results/<engine>.{md,csv,png}.
#   bench/run.sh [--postgres] [--quick] [--updates N] [--warmup-updates N] [--warmup-batches N] [--warmup-reads S]
#   bench/run.sh --growth [--postgres] [--quick]   the data growing to 10^7 values (--quick: 10^6), written to
#                                                   bench/results/growth-<engine>.{md,csv,png}
# Needs what ./run-local.sh needs (a JDK 21+), and for --postgres a PostgreSQL server (BENCH_PG_URL, default
# jdbc:postgresql://127.0.0.1:5432/, user BENCH_PG_USER=postgres) where it may create databases zone_bench_*.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/jdk.sh
use_jdk_21 bench/run.sh
if [[ "${1:-}" == --help || "${1:-}" == -h ]]; then
    sed -n 's/^#   //p' "${BASH_SOURCE[0]}"
    exit 0
fi
./mvnw -q -B -DskipTests package -pl bench -am
./mvnw -q -B -DskipTests package -pl registry-service,indicators-service,cooperation-service -am
export ZONE_PROJECT_ROOT="$root"
exec "$JAVA_HOME/bin/java" -jar bench/target/bench.jar "$@"
