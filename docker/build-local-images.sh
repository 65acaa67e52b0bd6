#!/usr/bin/env bash
# Builds the images the zone runs on where no public image registry can be reached, from Debian's packages and the
# zone's Maven artifacts only. They stand in for the official images; nothing uses them unless told to:
#   zone-local/debian:bookworm   Debian's minimal base (debootstrap, then docker import)
#   zone-local/jre:<N>           the build's JDK <N> cut down with jlink, laid out as eclipse-temurin:<N>-jre
#   zone-local/kafka:<version>   Apache Kafka of the zone's version, as the official apache/kafka:<version>
#   zone-local/postgres:15       Debian's PostgreSQL 15, with the official postgres image's conventions
# and writes docker/local-images.env, which says how to use them (docker-compose and the Testcontainers tests).
# An image is rebuilt only when what it is built from has changed (a label holds the inputs' hash).
# Needs a Docker engine, and debootstrap as root for the base. Usage: docker/build-local-images.sh [--rebuild]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/jdk.sh

rebuild=false
[[ "${1:-}" == --rebuild ]] && rebuild=true
mirror="${ZONE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite=bookworm
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say() { echo "build-local-images: $*"; }

if ! docker info >/dev/null 2>&1; then
    say "no Docker engine answers; start one (as root: apt-get install docker.io && dockerd &)." >&2
    exit 1
fi
use_jdk_21 build-local-images >/dev/null || exit 1

# The hash of the files and words given, for the label that says what an image was built from.
inputs_hash() {
    { for input in "$@"; do
        if [[ -d "$input" ]]; then find "$input" -type f -print0 | sort -z | xargs -0 sha256sum; 
        elif [[ -f "$input" ]]; then sha256sum "$input"; else echo "$input"; fi
    done; } | sha256sum | cut -c1-16
}

# Whether image $1 exists and was built from inputs of hash $2.
up_to_date() {
    ! $rebuild && [[ "$(docker image inspect --format '{{ index .Config.Labels "zone.inputs" }}' "$1" 2>/dev/null)" == "$2" ]]
}

base=zone-local/debian:$suite
base_packages=ca-certificates,curl
base_inputs="$(inputs_hash "$suite" "$mirror" "$base_packages")"
if up_to_date "$base" "$base_inputs"; then
    say "$base is up to date"
else
    if [[ "$(id -u)" != 0 ]] || ! command -v debootstrap >/dev/null; then
        say "the Debian base needs debootstrap, run as root (apt-get install debootstrap)." >&2
        exit 1
    fi
    say "debootstrap $suite from $mirror (a minute or two) …"
    debootstrap --variant=minbase --include="$base_packages" "$suite" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 20 "$work/debootstrap.log" >&2
        exit 1
    }
    # Updates and security fixes come from apt in the images built on it, as in Debian's own images.
    cat >"$work/rootfs/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/debian}/debian-security $suite-security main
EOF
    rm -rf "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/var/cache/apt/archives/"*.deb
    tar -C "$work/rootfs" -c . | docker import --change "LABEL zone.inputs=$base_inputs" \
        --change 'CMD ["bash"]' - "$base" >/dev/null
    rm -rf "$work/rootfs"
    say "built $base"
fi

# The modules a Spring Boot service and Kafka use, and those that make a running JVM inspectable (jcmd, JFR).
java_feature="$(java_version "$JAVA_HOME")"
jre=zone-local/jre:$java_feature
wanted_modules=(java.se jdk.unsupported jdk.management jdk.management.agent jdk.management.jfr jdk.jfr jdk.crypto.ec
    jdk.crypto.cryptoki jdk.zipfs jdk.localedata jdk.charsets jdk.naming.dns jdk.net jdk.security.auth
    jdk.security.jgss jdk.httpserver jdk.jcmd jdk.attach)
available_modules="$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//')"
modules="$(for module in "${wanted_modules[@]}"; do grep -qx "$module" <<<"$available_modules" && echo "$module"; done | paste -sd,)"
# As eclipse-temurin's JREs, with the JDK's default class-data sharing archive: every JVM started from the image
# (the brokers, and the services' own start-up caches, which build on it) loads the JDK's classes from it.
jlink_options=(--strip-debug --no-man-pages --no-header-files --compress=zip-6 --generate-cds-archive)
jre_inputs="$(inputs_hash docker/jre "$base_inputs" "$("$JAVA_HOME/bin/java" -version 2>&1)" "$modules" "${jlink_options[*]}")"
if up_to_date "$jre" "$jre_inputs"; then
    say "$jre is up to date"
else
    say "jlink a Java $java_feature runtime from $JAVA_HOME …"
    cp -r docker/jre "$work/jre-context"
    "$JAVA_HOME/bin/jlink" --add-modules "$modules" "${jlink_options[@]}" --output "$work/jre-context/jre"
    docker build -q --label "zone.inputs=$jre_inputs" --build-arg "BASE_IMAGE=$base" -t "$jre" \
        "$work/jre-context" >/dev/null 2>"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
    say "built $jre"
fi

kafka_version="$(./mvnw -q -f docker/kafka/pom.xml help:evaluate -Dexpression=kafka.version -DforceStdout)"
kafka=zone-local/kafka:$kafka_version
kafka_inputs="$(inputs_hash docker/kafka "$jre_inputs" "$kafka_version")"
if up_to_date "$kafka" "$kafka_inputs"; then
    say "$kafka is up to date"
else
    say "Kafka $kafka_version from Maven …"
    cp -r docker/kafka "$work/kafka-context"
    ./mvnw -q -f docker/kafka/pom.xml dependency:copy-dependencies -DincludeScope=runtime \
        -DoutputDirectory="$work/kafka-context/libs"
    docker build -q --label "zone.inputs=$kafka_inputs" --build-arg "JRE_IMAGE=$jre" -t "$kafka" \
        "$work/kafka-context" >/dev/null 2>"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
    say "built $kafka"
fi

postgres_major=15
postgres=zone-local/postgres:$postgres_major
postgres_inputs="$(inputs_hash docker/postgres/Dockerfile docker/postgres/docker-entrypoint.sh "$base_inputs" \
    "$postgres_major")"
if up_to_date "$postgres" "$postgres_inputs"; then
    say "$postgres is up to date"
else
    say "PostgreSQL $postgres_major from Debian's packages …"
    docker build -q --label "zone.inputs=$postgres_inputs" --build-arg "BASE_IMAGE=$base" \
        --build-arg "PG_MAJOR=$postgres_major" -t "$postgres" -f docker/postgres/Dockerfile docker/postgres \
        >/dev/null 2>"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
    say "built $postgres"
fi

cat >docker/local-images.env <<EOF
# Written by docker/build-local-images.sh: the images built here, standing in for the official ones.
# docker-compose: set -a; . docker/local-images.env; set +a; then docker-compose up as usual.
ZONE_JRE_IMAGE=$jre
ZONE_KAFKA_IMAGE=$kafka
ZONE_POSTGRES_IMAGE=$postgres
# The Testcontainers tests take them as system properties:
#   ./mvnw verify -Dzone.test.kafka-image=$kafka -Dzone.test.postgres-image=$postgres
EOF
say "done; docker/local-images.env says how to use them"
