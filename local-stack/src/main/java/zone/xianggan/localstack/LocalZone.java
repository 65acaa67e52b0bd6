package zone.xianggan.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./run-local.sh}: a real Kafka broker and the three services on this machine, until Ctrl-C or SIGTERM,
 * which stop every process it started.
 */
public final class LocalZone implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final LocalZoneSettings settings;
    // Guarded by this object's lock, which close() holds while it stops everything: a process is launched and
    // recorded under the lock, so that a close() from the shutdown hook, even while start() is still waiting,
    // stops every process started so far, and start() launches nothing after it.
    private final List<ZoneService> services = new ArrayList<>();
    private KafkaBroker kafka;
    private boolean closed;

    public LocalZone(LocalZoneSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        LocalZone zone;
        try {
            zone = new LocalZone(LocalZoneSettings.fromEnvironment(System.getenv()));
        } catch (RuntimeException e) {
            System.err.println("The zone could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signalled.set(true);
            if (!zone.isClosed()) {
                System.out.println("\nStopping the zone…");
                zone.close();
            }
            stopped.countDown();
        }, "zone-shutdown"));
        try {
            zone.start();
        } catch (RuntimeException e) {
            if (signalled.get()) {
                return; // Ctrl-C or SIGTERM while starting: the shutdown hook has stopped what was started
            }
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

    /** Starts Kafka, then the three services, and waits until all are ready; on failure stops what it started. */
    public LocalZone start() {
        try {
            requireFreePorts();
            KafkaBroker broker = KafkaBroker.at(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort());
            synchronized (this) {
                requireOpen();
                kafka = broker; // recorded before it starts, so that close() can stop it while it starts
            }
            broker.start();
            for (ZoneService.Kind kind : ZoneService.Kind.values()) {
                synchronized (this) {
                    requireOpen();
                    services.add(ZoneService.start(kind, settings.projectRoot(), settings.port(kind),
                            broker.bootstrapServers(), settings.dataDir(), settings.serviceEnvironment(kind)));
                }
            }
            // They start in parallel; waiting for each in turn takes as long as the slowest.
            for (ZoneService service : runningServices()) {
                service.awaitReady(READY_TIMEOUT);
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public synchronized KafkaBroker kafka() {
        return kafka;
    }

    public ZoneService service(ZoneService.Kind kind) {
        return runningServices().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private synchronized List<ZoneService> runningServices() {
        return List.copyOf(services);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the zone was stopped while starting");
        }
    }

    private void printSummary() {
        System.out.println();
        System.out.println("Xiang-Gan Zone is up. Data: " + settings.dataDir().toAbsolutePath());
        System.out.printf("  %-20s %s%n", "Kafka (KRaft)", kafka().bootstrapServers());
        for (ZoneService service : runningServices()) {
            System.out.printf("  %-20s %s%s   Swagger UI %s/swagger-ui.html%n", service.kind().serviceName(),
                    service.baseUrl(), service.kind().mainPath(), service.baseUrl());
        }
        System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath() + ". Ctrl-C stops everything.");
    }

    /** If a service or Kafka dies, say which and stop the rest: a half-running zone helps nobody. */
    private void watchUntilOneStops() {
        Thread watcher = new Thread(() -> {
            try {
                while (true) {
                    String dead = deadProcess();
                    if (dead != null) {
                        // Ctrl-C in a terminal reaches the children too, and one may stop before our own shutdown
                        // hook has begun: look again after a moment before calling it unexpected.
                        Thread.sleep(2000);
                        if (!isClosed()) {
                            System.err.println(dead + " stopped unexpectedly; see its log. Stopping the zone.");
                            System.exit(2);
                        }
                        return;
                    }
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                // the JVM is ending
            }
        }, "zone-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private synchronized String deadProcess() {
        if (closed) {
            return null;
        }
        for (ZoneService service : services) {
            if (!service.isAlive()) {
                return service.kind().serviceName() + " (" + service.logFile() + ")";
            }
        }
        return kafka.isRunning() ? null
                : "Kafka (" + settings.dataDir().resolve("kafka").resolve("kafka.log").toAbsolutePath() + ")";
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

    /** Stops the services (together, gracefully), then Kafka; returns when all have stopped. */
    @Override
    public synchronized void close() {
        closed = true;
        services.forEach(ZoneService::requestStop); // all at once: the wait is then the slowest, not the sum
        services.forEach(ZoneService::stop);
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
