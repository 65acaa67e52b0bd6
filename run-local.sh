#!/usr/bin/env bash
# Runs the whole zone on this machine: a real Kafka broker (KRaft) and the three services, until Ctrl-C or SIGTERM.
# Needs only a JDK 21 or newer somewhere (scripts/jdk.sh says which it takes). Builds first when missing or stale.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

fail() {
    echo "run-local: $*" >&2
    exit 1
}

source scripts/jdk.sh
use_jdk_21 run-local

# What the launcher runs. The stamp records when a build by this script last succeeded: Maven leaves outputs
# untouched when their own inputs have not changed, so their dates alone cannot tell a stale build.
outputs=(registry-service/target/registry-service-exec.jar
    indicators-service/target/indicators-service-exec.jar
    cooperation-service/target/cooperation-service-exec.jar
    zone-dashboard/target/zone-dashboard-exec.jar
    local-stack/target/kafka-libs)
stamp=local-stack/target/run-local.stamp

needs_build() {
    local output
    [[ -f "$stamp" ]] || return 0
    for output in "${outputs[@]}"; do
        [[ -e "$output" ]] || return 0
    done
    compgen -G 'local-stack/target/local-stack-*.jar' >/dev/null || return 0
    # Any pom or main source file changed since that build?
    [[ -n "$(find . \( -name target -o -name '.*' ! -name . \) -prune -o \
        \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$stamp" -print -quit)" ]]
}

if needs_build; then
    [[ -x "$JAVA_HOME/bin/javac" ]] || fail "$JAVA_HOME has no javac: building the zone needs a JDK, not only a JRE."
    echo "Building the zone (./mvnw -q -B -DskipTests package)…"
    mkdir -p local-stack/target
    touch "$stamp.new" # taken before the build, so that an edit made during the build counts as newer
    ./mvnw -q -B -DskipTests package || fail "the build failed (see above)."
    mv "$stamp.new" "$stamp"
fi

launcher="$(ls -t local-stack/target/local-stack-*.jar | head -n 1)"
# exec: the launcher replaces this shell, so that Ctrl-C and SIGTERM reach it directly and it stops what it started.
export ZONE_PROJECT_ROOT="$root"
exec "$JAVA_HOME/bin/java" -jar "$launcher"
