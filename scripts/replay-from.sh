#!/usr/bin/env bash
# Makes a consumer group read its topics again from a point in time: on each partition, the group's offset moves to
# the first record at or after the instant, with Kafka's own kafka-consumer-groups (--reset-offsets --to-datetime
# --execute). Stop the group's consumers first: Kafka moves the offsets of a group without members only. When to
# use it, and the HTTP way for systems that cannot read Kafka: docs/catch-up.md.
#   scripts/replay-from.sh <group> <instant> [topic…]
#   scripts/replay-from.sh demo-subscriber 2026-12-07T08:00:00Z indicators.values.v1 indicators.catalogue.v1
# <instant> is ISO-8601 with its offset (2026-12-07T08:00:00Z, 2026-12-07T16:00:00+08:00); without topics, every
# topic the group has offsets for.
#
#   KAFKA_BOOTSTRAP_SERVERS       the broker, default 127.0.0.1:9092 (./run-local.sh's)
#   ZONE_KAFKA_SECURITY_PROTOCOL  SASL_PLAINTEXT (default: the local zone's broker takes agencies only), SASL_SSL, or
#                                 PLAINTEXT for a broker without login
#   ZONE_AGENCY                   the agency to log in as, with its token from scripts/token.sh (so ZONE_ISSUER and
#                                 ZONE_DATA_DIR as there); default: the group's name up to its first "." (a
#                                 subscriber's groups are named <agency>…)
#   ZONE_KAFKA_COMMAND_CONFIG     a client properties file to log in with instead (another deployment's)
#   ZONE_DRY_RUN=1                only show the offsets the group would get
# Needs a JDK 21+ (scripts/jdk.sh says which it takes) and the built zone (./run-local.sh, or ./mvnw -DskipTests
# package): Kafka's tools are in local-stack/target/kafka-libs, at the broker's version.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() {
    echo "replay-from: $*" >&2
    exit 1
}

(($# >= 2)) || fail "usage: scripts/replay-from.sh <group> <instant> [topic…], e.g. scripts/replay-from.sh demo-subscriber 2026-12-07T08:00:00Z indicators.values.v1"
group="$1" instant="$2"
shift 2

# kafka-consumer-groups reads yyyy-MM-ddTHH:mm:ss.SSS and an offset: milliseconds are required, finer parts dropped.
datetime_pattern='^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})$'
[[ "$instant" =~ $datetime_pattern ]] \
    || fail "the instant must be ISO-8601 with its offset, e.g. 2026-12-07T08:00:00Z or 2026-12-07T16:00:00+08:00: $instant"
fraction="${BASH_REMATCH[3]}000"
datetime="${BASH_REMATCH[1]}.${fraction:0:3}${BASH_REMATCH[4]}"

source "$root/scripts/jdk.sh"
use_jdk_21 replay-from >&2

libs="$root/local-stack/target/kafka-libs"
compgen -G "$libs/kafka-tools-*.jar" >/dev/null \
    || fail "Kafka's tools are not built ($libs): run ./run-local.sh once, or ./mvnw -DskipTests package."

bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
protocol="${ZONE_KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_options=()
config="${ZONE_KAFKA_COMMAND_CONFIG:-}"
if [[ -z "$config" && "$protocol" != PLAINTEXT ]]; then
    agency="${ZONE_AGENCY:-${group%%.*}}"
    # Kafka's OAUTHBEARER login reads a token from a file: URL as it would get one from the issuer (KIP-768), the
    # settings otherwise AgencyKafkaLogin's; the JVM must allow that URL (Kafka 4).
    "$root/scripts/token.sh" "$agency" >"$work/token" || fail "no token for agency $agency (set ZONE_AGENCY?)"
    token_url="file://$work/token"
    config="$work/client.properties"
    cat >"$config" <<EOF
security.protocol=$protocol
sasl.mechanism=OAUTHBEARER
sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler
sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;
sasl.oauthbearer.token.endpoint.url=$token_url
EOF
    java_options+=("-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=$token_url")
fi

arguments=(--bootstrap-server "$bootstrap" --group "$group" --reset-offsets --to-datetime "$datetime")
if [[ "${ZONE_DRY_RUN:-}" == 1 ]]; then
    arguments+=(--dry-run)
else
    arguments+=(--execute)
fi
if (($# == 0)); then
    arguments+=(--all-topics)
fi
for topic in "$@"; do
    arguments+=(--topic "$topic")
done
if [[ -n "$config" ]]; then
    arguments+=(--command-config "$config")
fi

# The tool prints a failure ("Error: …", a group with members, say) and still exits 0: its output tells.
"$JAVA_HOME/bin/java" "${java_options[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$libs/*" \
    org.apache.kafka.tools.consumer.group.ConsumerGroupCommand "${arguments[@]}" 2>&1 | tee "$work/output"
if grep -q '^Error' "$work/output"; then
    fail "Kafka refused the reset (above); nothing changed for group $group."
fi
