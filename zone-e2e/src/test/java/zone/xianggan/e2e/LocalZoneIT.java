package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ZoneService;

/**
 * What {@code ./run-local.sh} runs: Kafka and the three services from their exec jars, each its own process.
 * Here rather than in local-stack because the reactor builds local-stack before the services, and only this
 * module is sure to run after their exec jars exist.
 */
class LocalZoneIT {

    @TempDir
    Path dataDir;

    @Test
    void startsKafkaAndTheThreeServicesAndClosingStopsEveryProcessItStarted() throws Exception {
        List<ProcessHandle> started = new ArrayList<>();
        try (LocalZone zone = new LocalZone(settings())) {
            zone.start();
            started.add(ProcessHandle.of(zone.kafka().pid()).orElseThrow());
            for (ZoneService.Kind kind : ZoneService.Kind.values()) {
                ZoneService service = zone.service(kind);
                started.add(ProcessHandle.of(service.pid()).orElseThrow());
                assertThat(readinessStatus(service)).as(kind.serviceName() + " readiness").isEqualTo(200);
            }
        }

        assertThat(started).hasSize(4).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.current().children()).as("processes left behind").isEmpty();
    }

    /** Ctrl-C while Kafka is still starting: nothing it launched may outlive the zone. */
    @Test
    void closingWhileItStartsLeavesNoProcessBehind() throws Exception {
        LocalZone zone = new LocalZone(settings());
        CompletableFuture<LocalZone> starting = CompletableFuture.supplyAsync(zone::start);
        await().atMost(Duration.ofMinutes(1)).until(() -> ProcessHandle.current().children().findAny().isPresent());

        zone.close();

        assertThatThrownBy(starting::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(ProcessHandle.current().children()).as("processes left behind").isEmpty();
    }

    private LocalZoneSettings settings() throws IOException {
        List<String> ports = freePorts(5);
        return LocalZoneSettings.fromEnvironment(Map.of(
                "ZONE_PROJECT_ROOT", ProjectRoot.path().toString(),
                "ZONE_DATA_DIR", dataDir.toString(),
                "KAFKA_PORT", ports.get(0),
                "KAFKA_CONTROLLER_PORT", ports.get(1),
                "REGISTRY_PORT", ports.get(2),
                "INDICATORS_PORT", ports.get(3),
                "COOPERATION_PORT", ports.get(4)));
    }

    private static int readinessStatus(ZoneService service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Ports free now, all different: the sockets are held open until all have been chosen. */
    private static List<String> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(socket -> Integer.toString(socket.getLocalPort())).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
