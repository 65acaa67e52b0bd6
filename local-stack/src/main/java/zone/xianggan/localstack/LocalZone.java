package zone.xianggan.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import lombok.RequiredArgsConstructor;

/**
 * {@code ./run-local.sh}: the zone on this machine, until Ctrl-C or SIGTERM, which stop every process it started.
 * identity-service (it issues every token) and the three services start together, each service authenticating to
 * Kafka as its own agency with the secret identity-service seeds for it; once identity-service serves, a real Kafka
 * broker secured by it (it checks tokens against its keys), which identity-service then gives its ACLs.
 */
@RequiredArgsConstructor
public final class LocalZone implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final LocalZoneSettings settings;
    // Guarded by this object's lock, which close() holds while it stops everything: a process is launched and
    // recorded under the lock, so that a close() from the shutdown hook, even while start() is still waiting,
    // stops every process started so far, and start() launches nothing after it.
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<ManagedProcess> trainings = new ArrayList<>();
    private KafkaBroker kafka;
    private boolean closed;

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

    /**
     * Starts identity-service, Kafka, the three services and the dashboard, and waits until all are ready; on failure
     * stops what it started.
     */
    public LocalZone start() {
        try {
            requireFreePorts();
            if (settings.startupCaches()) {
                StartupCache.prepare(settings.projectRoot(), List.of(ServiceProcess.Kind.values()), this::startTraining);
            }
            String bootstrap = "127.0.0.1:" + settings.kafkaPort();
            // The services' own secrets are chosen here, or read back from an earlier start, and given both to
            // identity-service to seed and to each service: so all four start at once.
            Map<ServiceProcess.Kind, String> secrets = serviceSecrets();
            Map<String, String> identityEnvironment = new LinkedHashMap<>(Map.of(
                    "ZONE_IDENTITY_ISSUER", settings.issuer(),
                    "ZONE_IDENTITY_KAFKA_BOOTSTRAP_SERVERS", bootstrap));
            secrets.forEach((kind, secret) -> identityEnvironment.put("ZONE_IDENTITY_SEEDSECRETS_"
                    + kind.serviceName().replace("-", "").toUpperCase(Locale.ROOT), secret));
            ServiceProcess identity = launch(ServiceProcess.Kind.IDENTITY, bootstrap, identityEnvironment);
            for (ServiceProcess.Kind kind : ServiceProcess.Kind.DATA_SERVICES) {
                launch(kind, bootstrap, Map.of(
                        "ZONE_IDENTITY_ISSUER", settings.issuer(),
                        "ZONE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                        "ZONE_IDENTITY_CLIENT_SECRET", secrets.get(kind)));
            }
            launch(ServiceProcess.Kind.DASHBOARD, bootstrap, Map.of(
                    "ZONE_DASHBOARD_ISSUER", settings.issuer(),
                    "ZONE_DASHBOARD_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                    "ZONE_DASHBOARD_CLIENT_SECRET", secrets.get(ServiceProcess.Kind.DASHBOARD),
                    "ZONE_DASHBOARD_REGISTRY", localUrl(ServiceProcess.Kind.REGISTRY),
                    "ZONE_DASHBOARD_INDICATORS", localUrl(ServiceProcess.Kind.INDICATORS),
                    "ZONE_DASHBOARD_COOPERATION", localUrl(ServiceProcess.Kind.COOPERATION)));
            KafkaBroker broker = KafkaBroker.secured(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort(), settings.kafkaInternalPort(), settings.issuer());
            synchronized (this) {
                requireOpen();
                kafka = broker; // recorded before it starts, so that close() can stop it while it starts
            }
            broker.formatStorage(); // while identity-service starts: the format is a JVM of its own
            // The broker checks tokens against the issuer's keys from its first connection on.
            identity.awaitLive(READY_TIMEOUT);
            broker.start();
            // They start in parallel; waiting for each in turn takes as long as the slowest.
            for (ServiceProcess service : runningServices()) {
                service.awaitReady(READY_TIMEOUT);
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Makes the services' start-up caches where they are missing or stale (after a build), before anything starts:
     * {@link #start()} does it first; the benchmark does it on its own to time the launch apart from it.
     */
    public static void prepareStartupCaches(java.nio.file.Path projectRoot) {
        StartupCache.prepare(projectRoot, List.of(ServiceProcess.Kind.values()), ManagedProcess::start);
    }

    private synchronized void startTraining(ManagedProcess training) {
        requireOpen();
        trainings.add(training);
        training.start();
    }

    /** Each service's agency secret: as identity-service wrote it on an earlier start, else a new random one. */
    private Map<ServiceProcess.Kind, String> serviceSecrets() {
        Map<String, String> written = Files.isRegularFile(settings.credentialsFile())
                ? AgencyCredentials.read(settings.credentialsFile()) : Map.of();
        Map<ServiceProcess.Kind, String> secrets = new EnumMap<>(ServiceProcess.Kind.class);
        for (ServiceProcess.Kind kind : ServiceProcess.Kind.AGENCIES) {
            secrets.put(kind, written.getOrDefault(kind.serviceName(), AgencyCredentials.newSecret()));
        }
        return secrets;
    }

    private String localUrl(ServiceProcess.Kind kind) {
        return "http://127.0.0.1:" + settings.port(kind);
    }

    private ServiceProcess launch(ServiceProcess.Kind kind, String bootstrap, Map<String, String> identity) {
        Map<String, String> environment = new LinkedHashMap<>(settings.serviceEnvironment(kind));
        environment.putAll(identity);
        synchronized (this) {
            requireOpen();
            ServiceProcess service = ServiceProcess.start(kind, settings.projectRoot(), settings.port(kind), bootstrap,
                    settings.dataDir(), environment, settings.startupCaches());
            services.add(service);
            return service;
        }
    }

    public LocalZoneSettings settings() {
        return settings;
    }

    public synchronized KafkaBroker kafka() {
        return kafka;
    }

    public ServiceProcess service(ServiceProcess.Kind kind) {
        return runningServices().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private synchronized List<ServiceProcess> runningServices() {
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
        for (ServiceProcess service : runningServices()) {
            if (service.kind() == ServiceProcess.Kind.DASHBOARD) {
                System.out.printf("  %-20s %s/   the zone at a glance, in a browser%n", service.kind().serviceName(),
                        service.baseUrl());
            } else {
                System.out.printf("  %-20s %s%s   Swagger UI %s/swagger-ui.html%n", service.kind().serviceName(),
                        service.baseUrl(), service.kind().mainPath(), service.baseUrl());
            }
        }
        System.out.println("Agencies' credentials (seeded on the first start): " + settings.credentialsFile()
                .toAbsolutePath());
        System.out.println("A token, e.g. the zone office's (or scripts/token.sh zone-office):");
        System.out.println("  curl -s -u \"zone-office:$(" + secretCommand("zone-office") + ")\" -d grant_type=client_credentials "
                + settings.issuer() + "/oauth2/token");
        System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath() + ". Ctrl-C stops everything.");
    }

    /** A shell command printing an agency's secret from the credentials file, with the tools every machine has. */
    private String secretCommand(String agency) {
        return "grep -A1 '\"" + agency + "\"' " + settings.credentialsFile().toAbsolutePath()
                + " | sed -n 's/.*\"clientSecret\" *: *\"\\([^\"]*\\)\".*/\\1/p'";
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
        for (ServiceProcess service : services) {
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
        trainings.forEach(training -> training.stop(Duration.ofSeconds(5)));
        trainings.clear();
        services.forEach(ServiceProcess::requestStop); // all at once: the wait is then the slowest, not the sum
        services.forEach(ServiceProcess::stop);
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
