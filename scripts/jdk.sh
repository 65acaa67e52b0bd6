# Finding a JDK 21+: sourced by run-local.sh, bench/run.sh and .ci/run, so that all three agree on which Java
# they accept and say the same thing when there is none.

# The Java specification version of a java executable: 21, 25, or 8 for the old "1.8" style; 0 if unknown.
java_version() {
    local version
    version="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    version="${version#1.}"
    [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

# The newest JDK 21+ under /usr/lib/jvm (with javac, not a symlink), or nothing.
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

# Exports JAVA_HOME (and PATH) for this JDK; quiets the warning Maven's own libraries cause on JDK 24+.
use_jdk() {
    export JAVA_HOME="$1" PATH="$1/bin:$PATH"
    if (($(java_version "$1/bin/java") >= 24)); then
        export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
    fi
}

# The Java a developer chose — JAVA_HOME, else `java` on PATH — if it is 21 or newer; otherwise one sentence
# saying what was found, with the JDK 21+ under /usr/lib/jvm to use instead if there is one. $1 names the caller.
require_jdk_21() {
    local caller="$1" java source version message better
    if [[ -n "${JAVA_HOME:-}" ]]; then
        java="$JAVA_HOME/bin/java" source="JAVA_HOME"
        if [[ ! -x "$java" ]]; then
            echo "$caller: JAVA_HOME is $JAVA_HOME, but there is no $java; point JAVA_HOME at a JDK 21 or newer." >&2
            exit 1
        fi
    elif java="$(command -v java)"; then
        source="PATH"
    else
        echo "$caller: No Java found: install a JDK 21 or newer, or set JAVA_HOME to one." >&2
        exit 1
    fi
    version="$(java_version "$java")"
    if ((version == 0)); then
        echo "$caller: could not tell which Java version $java is (from $source); the zone needs a JDK 21 or newer." >&2
        exit 1
    fi
    if ((version < 21)); then
        message="found Java $version at $(readlink -f "$java") (from $source), but the zone needs Java 21 or newer."
        better="$(newest_jdk_under_usr_lib_jvm)"
        [[ -n "$better" ]] && message+=" A newer JDK is installed; run: JAVA_HOME=$better $caller"
        echo "$caller: $message" >&2
        exit 1
    fi
    use_jdk "${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$java")")")}"
}
