#!/usr/bin/env bash
# CI's last part: the tests that need more than a JDK. Installs what they need where it is missing and it can (as
# root, from Debian's packages): Chromium, its driver and CJK fonts for the dashboard's browser tests (*BrowserIT);
# a Docker engine, docker-compose and debootstrap for the Testcontainers tests (*ContainersIT), whose stand-in images
# it builds (docker/build-local-images.sh; kept between runs on one machine): the registry on Kafka and PostgreSQL
# containers; docker-compose.yml brought up, used across the services and taken down. What cannot be had is said in
# one line, and those tests skip, as the build's do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "ci: docker and browser: $*"; }

can_install() {
    [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null
}

# apt-get install, and apt-get update first if the package lists are stale; false if the packages cannot be had.
install_packages() {
    local log=/tmp/ci-install.log
    say "installing $* from Debian's packages …"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$log" 2>&1 || {
        (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@") >>"$log" 2>&1 || {
            tail -n 20 "$log"
            return 1
        }
    }
}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# The pages are in Chinese by default: without a CJK font the screenshots would show empty boxes.
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if ((${#missing[@]})); then
    if ! can_install || ! install_packages "${missing[@]}"; then
        say "could not install ${missing[*]}; the browser tests will say they are skipped."
    fi
fi
command -v chromium >/dev/null && say "$(chromium --version 2>/dev/null | head -n 1)"

docker_ready() {
    if docker info >/dev/null 2>&1; then
        return 0
    fi
    can_install || {
        say "no Docker engine answers and none can be installed here (needs root and apt)."
        return 1
    }
    missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v docker-compose >/dev/null || missing+=(docker-compose)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    if ((${#missing[@]})) && ! install_packages "${missing[@]}"; then
        say "could not install ${missing[*]}."
        return 1
    fi
    say "starting dockerd (log: /tmp/ci-dockerd.log)"
    nohup dockerd >/tmp/ci-dockerd.log 2>&1 &
    if ! timeout 60 bash -c 'until docker info >/dev/null 2>&1; do sleep 1; done'; then
        tail -n 20 /tmp/ci-dockerd.log
        say "dockerd did not answer within 60 s."
        return 1
    fi
}

maven_docker_options=()
if docker_ready; then
    say "Docker $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"
    command -v docker-compose >/dev/null || {
        say "docker-compose is missing (apt-get install docker-compose)."
        exit 1
    }
    docker/build-local-images.sh
    source scripts/local-docker.sh
    use_local_docker
    say "images: ${ZONE_KAFKA_IMAGE}, ${ZONE_POSTGRES_IMAGE}, ${ZONE_JRE_IMAGE}; Docker API $docker_api_version"
    maven_docker_options+=(-Dapi.version="$docker_api_version")
else
    say "the Testcontainers tests will say they are skipped."
fi

# The fault suite (FaultsContainersIT: the cluster brought up, loaded and broken, 10 min here) is a measurement as
# much as a check: it runs with faults/run.sh [--short], not in every CI run, which is kept under 40 minutes. What it
# guarantees is also tested on every run, service by service: a write accepted while the broker is down, a restart
# after committing, a batch failing part way, the database stopped (DeliveryGuaranteesIT, ValueEventsDeliveryIT,
# DatabaseOutageIT).
left_out="**/FaultsContainersIT.java"
if [[ "${ZONE_CI_BROWSER_TESTS_RAN:-}" == true ]]; then
    say "the browser tests ran in ./mvnw verify already (Chromium was here): not again"
    left_out+=", **/*BrowserIT.java"
fi
maven_docker_options+=("-Dzone.it.left-out=$left_out")

say "./mvnw verify, the tests that need Docker or a browser only"
./mvnw verify -Dzone.docker-and-browser-only=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    "${maven_docker_options[@]}"
