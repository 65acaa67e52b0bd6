#!/usr/bin/env bash
# The broker (and controller) with the given server.properties; a gigabyte of heap unless KAFKA_HEAP_OPTS says.
export KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx1G -Xms1G}"
exec "$(dirname "$0")/kafka-run-class.sh" kafka.Kafka "$@"
