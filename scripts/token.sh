#!/usr/bin/env bash
# Prints an access token of a seeded agency, got from the zone's issuer with the client-credentials grant, using the
# secret identity-service wrote to the credentials file on its first start:
#   scripts/token.sh zone-office
#   TOKEN=$(scripts/token.sh hunan-drc); curl -H "Authorization: Bearer $TOKEN" ...
#
#   ZONE_ISSUER     the issuer (identity-service), default http://127.0.0.1:8084
#   ZONE_DATA_DIR   where credentials.json is, default .zone-data (a relative path is taken from the repository root,
#                   as run-local.sh does)
# Needs bash and curl only (jq is not on every machine).
set -euo pipefail
agency="${1:?which agency? e.g. scripts/token.sh zone-office}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
issuer="${ZONE_ISSUER:-http://127.0.0.1:8084}"
data_dir="${ZONE_DATA_DIR:-.zone-data}"
[[ "$data_dir" == /* ]] || data_dir="$root/$data_dir"
credentials="$data_dir/credentials.json"

fail() {
    echo "token: $*" >&2
    exit 1
}

# The value of a string property in one flat JSON object (the credentials file's objects and the token response are).
json_string() {
    local object="$1" name="$2"
    local pattern="\"$name\"[[:space:]]*:[[:space:]]*\"([^\"]*)\""
    [[ "$object" =~ $pattern ]] && printf '%s' "${BASH_REMATCH[1]}"
}

[[ -r "$credentials" ]] \
    || fail "no agencies' credentials at $credentials: start the zone (./run-local.sh) first, or set ZONE_DATA_DIR"
secret=""
rest="$(tr '\n' ' ' <"$credentials")"
while [[ "$rest" =~ \{([^{}]*)\}(.*) ]]; do
    object="${BASH_REMATCH[1]}"
    rest="${BASH_REMATCH[2]}"
    if [[ "$(json_string "$object" clientId)" == "$agency" ]]; then
        secret="$(json_string "$object" clientSecret)"
        break
    fi
done
[[ -n "$secret" ]] || fail "$credentials holds no secret for agency $agency"

# The secret goes to curl on its standard input, not on its command line, where other users could read it.
response="$(printf 'user = "%s:%s"\n' "$agency" "$secret" | curl --silent --show-error --fail-with-body --config - \
    -d grant_type=client_credentials "${issuer}/oauth2/token")" \
    || fail "the issuer at $issuer gave no token for $agency: ${response:-no answer}"
token="$(json_string "$response" access_token)" || fail "the issuer's answer holds no access token: $response"
printf '%s\n' "$token"
