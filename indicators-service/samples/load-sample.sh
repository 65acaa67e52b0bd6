#!/usr/bin/env bash
# Loads the synthetic sample dataset into a running indicators-service, in one all-or-nothing import, and prints the
# import summary. Every value in it carries the source "SYNTHETIC SAMPLE – not official data": reads show it
# ("synthetic": true), aggregates name it among their sources, ?source= keeps it apart, and it never replaces a
# value from another source. For demonstrations and tests only.
#
# The sample holds every unit's values, so it is loaded as the zone office (the only agency that reports for any
# unit), with its token from scripts/token.sh, naming the person in X-Actor.
#
#   indicators-service/samples/load-sample.sh                     # http://127.0.0.1:8082
#   indicators-service/samples/load-sample.sh http://host:8082    # another instance
#   DRY_RUN=true indicators-service/samples/load-sample.sh        # check only, write nothing
#
#   ZONE_ISSUER, ZONE_DATA_DIR   as scripts/token.sh reads them
#   ZONE_ACTOR      the person loading it, recorded beside the zone office, default sample-loader
#
# Loading it again changes nothing (every row is reported unchanged).
set -euo pipefail
base_url="${1:-http://127.0.0.1:8082}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
token="$("$root/scripts/token.sh" zone-office)"

curl --silent --show-error --fail-with-body \
  -X POST "${base_url}/api/v1/values/import?dryRun=${DRY_RUN:-false}" \
  -H "Authorization: Bearer ${token}" \
  -H 'Content-Type: text/csv; charset=UTF-8' \
  -H "X-Actor: ${ZONE_ACTOR:-sample-loader}" \
  --data-binary "@${here}/synthetic-sample.csv"
echo
