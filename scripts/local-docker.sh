# The local Docker engine as the zone's Testcontainers tests and tools use it: sourced by bench/run.sh, faults/run.sh
# and .ci/docker-and-browser.sh, so that all three run against the same images and the same engine.
#
# use_local_docker: takes the stand-in images' names from docker/local-images.env (docker/build-local-images.sh writes
# it), keeps Testcontainers from its own helper containers, and sets docker_api_version.
use_local_docker() {
    if [[ -f docker/local-images.env ]]; then
        set -a
        source docker/local-images.env
        set +a
    fi
    # No public registry answers here: Testcontainers' own helper containers (the Ryuk reaper, the start-up checks,
    # and the one it starts to find the host's address when /.dockerenv says it runs in a container, as on these
    # machines) would need images from one. Each test stops what it started, and the containers' ports are on this
    # host.
    export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
    export TESTCONTAINERS_CHECKS_DISABLE="${TESTCONTAINERS_CHECKS_DISABLE:-true}"
    export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"
    # Testcontainers asks for API 1.44 first and falls back to 1.32; the engine's own version (1.41 with Debian's
    # Docker 20.10) is what it should speak. docker-java reads it from the system property api.version.
    docker_api_version="$(docker version --format '{{.Server.APIVersion}}')"
}
