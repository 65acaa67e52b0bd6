#!/usr/bin/env bash
# Runs the whole zone on this machine: a real Kafka broker (KRaft) and the three services, until Ctrl-C or SIGTERM.
# Needs only a JDK 21 or newer (JAVA_HOME, else `java` on PATH). Builds first when the build is missing or stale.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

fail() {
    echo "run-local: $*" >&2
    exit 1
}

# The Java specification version of a java executable: 21, 25, or 8 for the old "1.8" style.
java_version() {
    local version
    version="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    version="${version#1.}"
    [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

# The newest JDK 21+ under /usr/lib/jvm, to suggest when the Java found is too old.
newest_jdk_under_usr_lib_jvm() {
    local best="" best_version=0 candidate version
    for candidate in /usr/lib/jvm/*/; do
        candidate="${candidate%/}"
        [[ -x "$candidate/bin/java" && -x "$candidate/bin/javac" && ! -L "$candidate" ]] || continue
        version="$(java_version "$candidate/bin/java")"
        if ((version >= 21 && version > best_version)); then
            best="$candidate" best_version="$version"
        fi
    done
    echo "$best"
}

if [[ -n "${JAVA_HOME:-}" ]]; then
    java="$JAVA_HOME/bin/java"
    source_of_java="JAVA_HOME"
    [[ -x "$java" ]] || fail "JAVA_HOME is $JAVA_HOME, but there is no $java; point JAVA_HOME at a JDK 21 or newer."
elif java="$(command -v java)"; then
    source_of_java="PATH"
else
    fail "No Java found: install a JDK 21 or newer, or set JAVA_HOME to one."
fi

version="$(java_version "$java")"
((version > 0)) || fail "could not tell which Java version $java is (from $source_of_java); the zone needs a JDK 21 or newer."
if ((version < 21)); then
    message="found Java $version at $(readlink -f "$java") (from $source_of_java), but the zone needs Java 21 or newer."
    better="$(newest_jdk_under_usr_lib_jvm)"
    if [[ -n "$better" ]]; then
        message+=" A newer JDK is installed; run: JAVA_HOME=$better ./run-local.sh"
    fi
    fail "$message"
fi
# The Maven wrapper and the launcher use this same JDK.
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$java")")")}"
if ((version >= 24)); then
    # Maven's own libraries use sun.misc.Unsafe, which JDK 24+ warns about on every build; the option does not exist before 23.
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
fi

# What the launcher runs. The stamp records when a build by this script last succeeded: Maven leaves outputs
# untouched when their own inputs have not changed, so their dates alone cannot tell a stale build.
outputs=(registry-service/target/registry-service-exec.jar
    indicators-service/target/indicators-service-exec.jar
    cooperation-service/target/cooperation-service-exec.jar
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
