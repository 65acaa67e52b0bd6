#!/usr/bin/env bash
# Runs one of Kafka's main classes on the image's class path, as the distribution's script of that name does.
# KAFKA_HEAP_OPTS, KAFKA_JVM_PERFORMANCE_OPTS and KAFKA_OPTS are passed to the JVM, unquoted, as there.
set -euo pipefail
main="$1"
shift
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:-} ${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -Djava.awt.headless=true} ${KAFKA_OPTS:-} \
    -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn \
    -cp "/opt/kafka/libs/*" "$main" "$@"
