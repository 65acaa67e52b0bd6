#!/usr/bin/env bash
# Proves that the README's commands find a JDK 21+ by themselves, from a clean clone, with a `java` older than 21
# on PATH and no JAVA_HOME:
#   1. with a JDK 21+ installed in a usual place: ./mvnw verify (of one module: the full run is CI's first step, in
#      the same kind of environment) compiles and tests with it, ./run-local.sh says which it uses and comes up,
#      bench/run.sh says the same; with JAVA_HOME set to a JDK 21+, that one is used;
#   2. with no JDK 21+ anywhere (the install places hidden in a private mount namespace): ./run-local.sh,
#      ./mvnw verify, bench/run.sh and .ci/run each say so and exit non-zero.
# Needs root (for the mount namespace) and a JDK older than 21 to stand on PATH; where either is missing it says so
# in one line and skips. Ports 8081-8083 and 9092 must be free (./run-local.sh uses them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/jdk.sh"

say() { echo "jdk-discovery: $*"; }
fail() {
    echo "jdk-discovery: FAILED: $*" >&2
    exit 1
}

old_jdk=""
for candidate in /usr/lib/jvm/*; do
    if [[ -x "$candidate/bin/java" && ! -L "$candidate" ]] && (($(java_version "$candidate") < zone_min_java)); then
        old_jdk="$(cd "$candidate" && pwd -P)"
        break
    fi
done
newest="$(newest_installed_jdk)"
if [[ $EUID -ne 0 ]] || ! command -v unshare >/dev/null; then
    say "skipped: hiding the installed JDKs needs root and unshare."
    exit 0
fi
if [[ -z "$old_jdk" || -z "$newest" ]]; then
    say "skipped: needs a JDK older than $zone_min_java and a JDK $zone_min_java+ under /usr/lib/jvm."
    exit 0
fi

work="$(mktemp -d)"
zone_pid=""
cleanup() {
    [[ -n "$zone_pid" ]] && kill -TERM "$zone_pid" 2>/dev/null && wait "$zone_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

git clone -q "$root" "$work/zone"
cd "$work/zone"
# The environment of a newcomer: an old java first on PATH, no JAVA_HOME, nothing of this shell's Maven settings.
newcomer=(env -i "HOME=$HOME" "PATH=$old_jdk/bin:/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8")
say "clean clone of $(git rev-parse --short HEAD); PATH's java is $(java_version "$old_jdk") ($old_jdk), JAVA_HOME unset"

# 1. A JDK 21+ installed.
"${newcomer[@]}" ./mvnw -B -ntp -pl zone-events verify >"$work/mvnw.log" 2>&1 ||
    fail "./mvnw verify (zone-events) failed with a JDK $zone_min_java+ installed; see below.
$(tail -n 40 "$work/mvnw.log")"
grep -q "Selected JDK toolchain: JDK\[$newest\]" "$work/mvnw.log" ||
    fail "./mvnw did not select $newest: $(grep -i toolchain "$work/mvnw.log" | head -n 5)"
grep -q "Tests run: [1-9]" "$work/mvnw.log" || fail "./mvnw verify ran no test."
say "./mvnw verify compiled and tested zone-events with the toolchain $newest"

"${newcomer[@]}" bench/run.sh --help >"$work/bench.log" 2>&1 || fail "bench/run.sh --help: $(cat "$work/bench.log")"
grep -q "^bench/run.sh: using JDK $(java_version "$newest") at $newest " "$work/bench.log" ||
    fail "bench/run.sh did not say it uses $newest: $(head -n 3 "$work/bench.log")"
say "bench/run.sh: $(head -n 1 "$work/bench.log")"

# JAVA_HOME set to a JDK 21+ is used as it is, by the scripts and by Maven.
"${newcomer[@]}" "JAVA_HOME=$newest" bench/run.sh --help >"$work/bench-java-home.log" 2>&1 ||
    fail "bench/run.sh --help with JAVA_HOME: $(cat "$work/bench-java-home.log")"
grep -q "^bench/run.sh: using JDK .* at $newest (JAVA_HOME)" "$work/bench-java-home.log" ||
    fail "bench/run.sh did not take JAVA_HOME: $(head -n 1 "$work/bench-java-home.log")"
"${newcomer[@]}" "JAVA_HOME=$newest" ./mvnw -B -ntp -pl zone-events validate >"$work/mvnw-java-home.log" 2>&1 ||
    fail "./mvnw validate with JAVA_HOME failed: $(tail -n 20 "$work/mvnw-java-home.log")"
grep -q "the current JDK .JDK\[$newest\]. matches the requirements" "$work/mvnw-java-home.log" ||
    fail "./mvnw did not build with JAVA_HOME's JDK: $(grep -i toolchain "$work/mvnw-java-home.log" | head -n 5)"
say "with JAVA_HOME=$newest, bench/run.sh and ./mvnw take it"

"${newcomer[@]}" "ZONE_DATA_DIR=$work/zone-data" ./run-local.sh >"$work/run-local.log" 2>&1 &
zone_pid=$!
for _ in $(seq 1 600); do
    grep -q "Xiang-Gan Zone is up" "$work/run-local.log" && break
    kill -0 "$zone_pid" 2>/dev/null || fail "./run-local.sh stopped before the zone was up:
$(tail -n 40 "$work/run-local.log")"
    sleep 1
done
grep -q "Xiang-Gan Zone is up" "$work/run-local.log" || fail "./run-local.sh was not up after 10 minutes:
$(tail -n 40 "$work/run-local.log")"
grep -q "^run-local: using JDK $(java_version "$newest") at $newest " "$work/run-local.log" ||
    fail "./run-local.sh did not say it uses $newest: $(head -n 3 "$work/run-local.log")"
say "./run-local.sh came up: $(grep '^run-local: using' "$work/run-local.log")"
# The first start after a build makes the services' start-up caches, and every service then starts from its own.
grep -q "Making the services' start-up caches" "$work/run-local.log" ||
    fail "./run-local.sh did not make the start-up caches on its first start: $(head -n 5 "$work/run-local.log")"
cached="$(pgrep -af -- "-XX:(AOTCache|SharedArchiveFile)=$work/zone/" | wc -l)"
# Every service the launcher lists as up (a line "  <service>  http://…"), the dashboard with them.
services="$(grep -cE '^  [a-z-]+ +http://' "$work/run-local.log")"
((services >= 5 && cached == services)) || fail "$cached of the $services services started from a start-up cache:
$(pgrep -af -- "$work/zone/" | cut -c1-300)"
say "the $services services started from the start-up caches the first start made"
kill -TERM "$zone_pid"
wait "$zone_pid" || true
zone_pid=""

# 2. No JDK 21+ anywhere: in a private mount namespace, the install places hold only the old JDK.
cat >"$work/without-new-jdks.sh" <<EOF
set -euo pipefail
mkdir -p "$work/old-jdk"
mount --bind "$old_jdk" "$work/old-jdk"
for place in /usr/lib/jvm /usr/java /usr/jdk /usr/local/java /opt/java "$HOME/.jdks" "$HOME/.m2/jdks" \
    "$HOME/.sdkman" "$HOME/.gradle/jdks" "$HOME/.jenv" "$HOME/.asdf" "$HOME/.local/share/mise"; do
    [[ -d "\$place" ]] && mount -t tmpfs none "\$place"
done
mkdir -p "$old_jdk"
mount --bind "$work/old-jdk" "$old_jdk"
cd "$work/zone"
status=0
"\$@" >"$work/none.log" 2>&1 || status=\$?
exit "\$status"
EOF
for command in ./run-local.sh "./mvnw -B -ntp verify" bench/run.sh .ci/run; do
    status=0
    # shellcheck disable=SC2086
    unshare --mount --propagation private "${newcomer[@]}" bash "$work/without-new-jdks.sh" $command || status=$?
    ((status != 0)) || fail "'$command' exited 0 with no JDK $zone_min_java+ installed:
$(tail -n 20 "$work/none.log")"
    case "$command" in
        ./mvnw*) sentence="$(grep -m 1 'Cannot find matching toolchain definitions' "$work/none.log" || true)" ;;
        *) sentence="$(grep -m 1 "no JDK $zone_min_java or newer found" "$work/none.log" || true)" ;;
    esac
    [[ -n "$sentence" ]] || fail "'$command' did not say that no JDK $zone_min_java+ was found:
$(tail -n 20 "$work/none.log")"
    say "'$command' exits $status: ${sentence#\[ERROR\] }"
done
say "passed"
