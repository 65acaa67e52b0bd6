# Finding a JDK 21+: sourced by run-local.sh, bench/run.sh and .ci/run, so that all three choose the same Java and
# say the same thing when there is none. `./mvnw` does the same through Maven's toolchains (the root pom): the
# order and the places below follow maven-toolchains-plugin's discovery, so both pick the same JDK.
#   1. JAVA_HOME, if it is a JDK 21+;
#   2. else the `java` on PATH, if it is 21+;
#   3. else the newest JDK 21+ in the usual install places (and JAVA*_HOME variables).

zone_min_java=21

# The feature version (21, 25, or 8 for "1.8") of the JDK at $1, from its `release` file, else by asking its java;
# 0 if neither tells.
java_version() {
    local home="$1" version=""
    if [[ -r "$home/release" ]]; then
        version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")"
    fi
    if [[ -z "$version" && -x "$home/bin/java" ]]; then
        version="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    fi
    version="${version#1.}"
    version="${version%%[^0-9]*}"
    [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

# Whether $1 is a JDK (java and javac) of version 21 or newer.
is_jdk_21() {
    [[ -x "$1/bin/java" && -x "$1/bin/javac" ]] && (($(java_version "$1") >= zone_min_java))
}

# Every directory where a JDK may be installed, one per line (some may not exist).
jdk_candidates() {
    local dir name
    for name in $(compgen -e); do
        [[ "$name" == JAVA*_HOME && "$name" != JAVA_HOME ]] && echo "${!name}"
    done
    for dir in /usr/lib/jvm /usr/java /usr/jdk /usr/local/java /opt/java \
        "$HOME/.jdks" "$HOME/.m2/jdks" "$HOME/.sdkman/candidates/java" "$HOME/.gradle/jdks" \
        "$HOME/.jenv/versions" "$HOME/.asdf/installs/java" "$HOME/.local/share/mise/installs/java"; do
        [[ -d "$dir" ]] && printf '%s\n' "$dir"/*
    done
    for dir in /Library/Java/JavaVirtualMachines "$HOME/Library/Java/JavaVirtualMachines"; do
        [[ -d "$dir" ]] && printf '%s\n' "$dir"/*/Contents/Home
    done
    return 0
}

# The newest JDK 21+ among the install places, or nothing.
newest_installed_jdk() {
    local best="" best_version=0 candidate version
    while IFS= read -r candidate; do
        [[ -d "$candidate" ]] || continue
        candidate="$(cd "$candidate" && pwd -P)"
        is_jdk_21 "$candidate" || continue
        version="$(java_version "$candidate")"
        if ((version > best_version)); then
            best="$candidate" best_version="$version"
        fi
    done < <(jdk_candidates)
    echo "$best"
}

# Chooses the JDK (the order above), exports JAVA_HOME and PATH for it, and says in one line which it is and why.
# Where there is none, says so in one sentence and exits 1. $1 names the caller in what it prints.
use_jdk_21() {
    local caller="$1" jdk="" why="" path_java="" path_home=""
    if [[ -n "${JAVA_HOME:-}" ]] && is_jdk_21 "$JAVA_HOME"; then
        jdk="$JAVA_HOME" why="JAVA_HOME"
    else
        if path_java="$(command -v java)"; then
            path_home="$(dirname "$(dirname "$(readlink -f "$path_java")")")"
        fi
        if [[ -n "$path_home" ]] && is_jdk_21 "$path_home"; then
            jdk="$path_home" why="the java on PATH"
        else
            jdk="$(newest_installed_jdk)"
            why="the newest JDK $zone_min_java+ installed"
            if [[ -n "${JAVA_HOME:-}" ]]; then
                why+="; JAVA_HOME ($JAVA_HOME) is not a JDK $zone_min_java+"
            elif [[ -n "$path_home" ]]; then
                why+="; the java on PATH is $(java_version "$path_home")"
            fi
        fi
    fi
    if [[ -z "$jdk" ]]; then
        echo "$caller: no JDK $zone_min_java or newer found (JAVA_HOME, PATH, /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks and the other usual places); install one or set JAVA_HOME to one." >&2
        exit 1
    fi
    export JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH"
    # Maven's own libraries use sun.misc.Unsafe, which JDK 24+ warns about unless allowed (older JDKs reject the flag).
    if (($(java_version "$jdk") >= 24)); then
        export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
    fi
    echo "$caller: using JDK $(java_version "$jdk") at $jdk ($why)."
}
