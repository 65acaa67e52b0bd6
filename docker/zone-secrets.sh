#!/usr/bin/env bash
# Writes .env beside docker-compose.yml with fresh random secrets: the Kafka broker's own password (controller and
# inter-broker listeners) and the agency secrets of the three services and the dashboard, which identity-service seeds
# and each authenticates with. A secret .env already holds is kept, so that the secrets stay those the volumes were
# made with; one it lacks (a part added to the zone since) is added.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
env_file="$root/.env"
secret() {
    head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'
}
umask 077
touch "$env_file"
added=()
for name in ZONE_KAFKA_BROKER_PASSWORD ZONE_REGISTRY_SERVICE_SECRET ZONE_INDICATORS_SERVICE_SECRET \
    ZONE_COOPERATION_SERVICE_SECRET ZONE_DASHBOARD_SECRET; do
    if ! grep -q "^$name=" "$env_file"; then
        echo "$name=$(secret)" >>"$env_file"
        added+=("$name")
    fi
done
if ((${#added[@]})); then
    echo "zone-secrets: wrote ${added[*]} to $env_file (mode 600); keep it out of version control."
else
    echo "zone-secrets: $env_file holds every secret already; left as it is."
fi
