#!/usr/bin/env bash
# Writes .env beside docker-compose.yml once, with fresh random secrets: the Kafka broker's own password (controller
# and inter-broker listeners) and the agency secrets of the three services, which identity-service seeds and each
# service authenticates with. An existing .env is left as it is, so the secrets stay those the volumes were made with.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
env_file="$root/.env"
if [[ -f "$env_file" ]]; then
    echo "zone-secrets: $env_file exists; leaving it as it is."
    exit 0
fi
secret() {
    head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'
}
umask 077
cat >"$env_file" <<SECRETS
ZONE_KAFKA_BROKER_PASSWORD=$(secret)
ZONE_REGISTRY_SERVICE_SECRET=$(secret)
ZONE_INDICATORS_SERVICE_SECRET=$(secret)
ZONE_COOPERATION_SERVICE_SECRET=$(secret)
SECRETS
echo "zone-secrets: wrote $env_file (mode 600); keep it out of version control."
