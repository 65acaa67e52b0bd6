package zone.xianggan.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local.sh}: a real Kafka broker and the three services on this machine, until Ctrl-C or SIGTERM,
 * which stop every process it started.
 */
public final class LocalZone implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final LocalZoneSettings settings;
    private final List<ZoneService> services = Collections.synchronizedList(new ArrayList<>());
    private KafkaBroker kafka;

    public LocalZone(LocalZoneSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        LocalZoneSettings settings = LocalZoneSettings.fromEnvironment(System.getenv());
        LocalZone zone = new LocalZone(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the zone…");
            zone.close();
            stopped.countDown();
        }, "zone-shutdown"));
        try {
            zone.start();
        } catch (RuntimeException e) {
            System.err.println("The zone could not start: " + e.getMessage());
            System.exit(1);
        }
        zone.printSummary();
        zone.watchUntilOneStops();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts Kafka, then the three services, and waits until all are ready. */
    public LocalZone start() {
        requireFreePorts();
        kafka = KafkaBroker.at(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort()).start();
        List<CompletableFuture<ZoneService>> starting = new ArrayList<>();
        for (ZoneService.Kind kind : ZoneService.Kind.values()) {
            ZoneService service = ZoneService.start(kind, settings.projectRoot(), settings.port(kind),
                    kafka.bootstrapServers(), settings.dataDir(), settings.serviceEnvironment(kind));
            services.add(service);
            starting.add(CompletableFuture.supplyAsync(() -> service.awaitReady(READY_TIMEOUT)));
        }
        try {
            starting.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ZoneService service(ZoneService.Kind kind) {
        return services.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private void printSummary() {
        System.out.println();
        System.out.println("Xiang-Gan Zone is up. Data: " + settings.dataDir().toAbsolutePath());
        System.out.printf("  %-20s %s%n", "Kafka (KRaft)", kafka.bootstrapServers());
        for (ZoneService service : services) {
            System.out.printf("  %-20s %s%s   Swagger UI %s/swagger-ui.html%n", service.kind().serviceName(),
                    service.baseUrl(), service.kind().mainPath(), service.baseUrl());
        }
        System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath() + ". Ctrl-C stops everything.");
    }

    /** If a service or Kafka dies, say which and stop the rest: a half-running zone helps nobody. */
    private void watchUntilOneStops() {
        Thread watcher = new Thread(() -> {
            while (true) {
                for (ZoneService service : List.copyOf(services)) {
                    if (!service.isAlive()) {
                        System.err.println(service.kind().serviceName() + " stopped unexpectedly; see "
                                + service.logFile() + ". Stopping the zone.");
                        System.exit(2);
                    }
                }
                if (!kafka.isRunning()) {
                    System.err.println("Kafka stopped unexpectedly; see " + settings.dataDir().resolve("kafka")
                            .resolve("kafka.log") + ". Stopping the zone.");
                    System.exit(2);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "zone-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void requireFreePorts() {
        Map<String, Integer> ports = settings.portsByUser();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            try (ServerSocket socket = new ServerSocket(entry.getValue(), 1, InetAddress.getByName("127.0.0.1"))) {
                socket.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new IllegalStateException("port " + entry.getValue() + " (" + entry.getKey()
                        + ") is already in use; stop whatever holds it (is a zone already running?) or set "
                        + LocalZoneSettings.portVariable(entry.getKey()) + " to another port.");
            }
        }
    }

    @Override
    public synchronized void close() {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ZoneService service : List.copyOf(services)) {
            stopping.add(CompletableFuture.runAsync(service::stop));
        }
        stopping.forEach(CompletableFuture::join);
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
    }
}
