package zone.xianggan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

import zone.xianggan.events.ServiceNames;
import zone.xianggan.faults.ClusterFaults;
import zone.xianggan.faults.ComposeZone;
import zone.xianggan.localstack.AgencyCredentials;
import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.ContainerImages;

/**
 * docker-compose.cluster.yml brought up as the fault suite brings it up ({@link ComposeZone}: fresh secrets, the
 * stand-in images where named, every container healthy), for the benchmark: three brokers, PostgreSQL,
 * identity-service, and two instances of each data service sharing its database; instance 1 on the port
 * docker-compose.yml gives the service (8081–8083), instance 2 on 10,000 more (18081–18083). The second instances
 * are stopped and started again through the Docker engine ({@link ClusterFaults}), so that the same cluster is
 * measured with one instance of each service and with two. {@link #close()} takes it down with its volumes.
 */
final class ClusterZone implements KafkaLogins, AutoCloseable {

    static final String FILE = "docker-compose.cluster.yml";
    private static final List<String> CONTAINERS = List.of("identity-service", "kafka-1", "kafka-2", "kafka-3",
            "postgres", "registry-service-1", "registry-service-2", "indicators-service-1", "indicators-service-2",
            "cooperation-service-1", "cooperation-service-2");
    private static final String ISSUER = "http://localhost:" + Kind.IDENTITY.defaultPort();
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(6);
    /** The host ports the compose file publishes. */
    private static final List<Integer> PORTS = List.of(8081, 8082, 8083, 8084, 18081, 18082, 18083, 29092, 29093,
            29094);

    private final ComposeZone compose;
    private final ClusterFaults docker;
    private final Map<String, String> secrets;
    private final double launchSeconds;

    private final AtomicBoolean closed = new AtomicBoolean();

    private ClusterZone(ComposeZone compose, Map<String, String> secrets, double launchSeconds) {
        this.compose = compose;
        this.docker = new ClusterFaults(compose);
        this.secrets = secrets;
        this.launchSeconds = launchSeconds;
        // Ctrl-C in a run of an hour should not leave eleven containers and their volumes behind.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "cluster-down"));
    }

    /** {@code docker-compose up --build} of the cluster file, until every one of its 11 containers is healthy. */
    static ClusterZone up() {
        List<Integer> busy = PORTS.stream().filter(ClusterZone::inUse).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("the cluster publishes ports 8081-8084, 18081-18083 and 29092-29094 on "
                    + "this host, and " + busy + " already answer(s): stop what holds them first");
        }
        long start = System.nanoTime();
        ComposeZone compose = ComposeZone.up(FILE, CONTAINERS);
        double launchSeconds = (System.nanoTime() - start) / 1e9;
        try {
            Path credentials = Files.createTempFile("cluster-bench-credentials", ".json");
            try {
                compose.container("identity-service").copyFileFromContainer("/app/.zone-data/credentials.json",
                        credentials.toString());
                return new ClusterZone(compose, AgencyCredentials.read(credentials), launchSeconds);
            } finally {
                Files.deleteIfExists(credentials);
            }
        } catch (IOException e) {
            compose.close();
            throw new UncheckedIOException("the agencies' credentials could not be read from identity-service", e);
        } catch (InterruptedException e) {
            compose.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            compose.close();
            throw e;
        }
    }

    /** The compose service of instance {@code instance} (1 or 2) of a data service, e.g. registry-service-2. */
    static String container(Kind kind, int instance) {
        return kind.serviceName() + "-" + instance;
    }

    /** Base URLs of the first {@code instances} instances of a data service, as this host reaches them. */
    List<String> urls(Kind kind, int instances) {
        List<String> urls = new ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            urls.add("http://localhost:" + ((instance - 1) * 10_000 + kind.defaultPort()));
        }
        return urls;
    }

    /** Tokens of the seeded agencies, from the cluster's issuer. */
    Tokens tokens() {
        return new Tokens(ISSUER, secrets);
    }

    @Override
    public Map<String, Object> kafkaClient(String agency) {
        Map<String, Object> settings = new HashMap<>(compose.kafkaClientAs(agency));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ClusterFaults.BROKERS);
        return settings;
    }

    /** {@code docker stop} of the second instance of every data service (their stop signal, then SIGKILL at 10 s). */
    void stopSecondInstances() {
        for (Kind kind : Kind.DATA_SERVICES) {
            docker.stop(container(kind, 2));
        }
    }

    /** Starts the second instances again and waits until each is healthy. */
    void startSecondInstances() throws InterruptedException {
        for (Kind kind : Kind.DATA_SERVICES) {
            docker.start(container(kind, 2));
        }
        long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
        for (Kind kind : Kind.DATA_SERVICES) {
            while (!docker.healthy(container(kind, 2))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(container(kind, 2) + " not healthy within " + HEALTHY_WITHIN);
                }
                Thread.sleep(1_000);
            }
        }
    }

    /**
     * Until every consumer group of the zone's services is stable with members on exactly {@code instances} hosts
     * (containers): the partitions handed out again after instances stopped or started, before anything is measured.
     */
    void awaitConsumerGroups(int instances) throws InterruptedException {
        Set<String> groups = Set.of(ServiceNames.INDICATORS, ServiceNames.COOPERATION);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (Admin admin = Admin.create(kafkaClient("zone-operator"))) {
            while (true) {
                Map<String, String> states = new HashMap<>();
                boolean settled = true;
                try {
                    Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all()
                            .get(30, TimeUnit.SECONDS);
                    for (ConsumerGroupDescription group : described.values()) {
                        long hosts = group.members().stream().map(MemberDescription::host).distinct().count();
                        states.put(group.groupId(), group.groupState() + " on " + hosts + " host(s)");
                        settled &= group.groupState() == GroupState.STABLE && hosts == instances;
                    }
                } catch (Exception e) {
                    settled = false;
                    states.put("(all)", e.getMessage());
                }
                if (settled) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the services' consumer groups did not settle on " + instances
                            + " instance(s) in 3 minutes: " + states);
                }
                Thread.sleep(500);
            }
        }
    }

    /** The process ids, on this host, of the first {@code instances} instances of every data service. */
    List<Long> pids(int instances) {
        List<Long> pids = new ArrayList<>();
        for (Kind kind : Kind.DATA_SERVICES) {
            for (int instance = 1; instance <= instances; instance++) {
                pids.add(pid(container(kind, instance)));
            }
        }
        return pids;
    }

    /** The process id, on this host, of a container's first process (a service's JVM: its entry point execs java). */
    long pid(String container) {
        Long pid = compose.container(container).getCurrentContainerInfo().getState().getPidLong();
        return pid == null ? -1 : pid;
    }

    double launchSeconds() {
        return launchSeconds;
    }

    /** The server's version, as the PostgreSQL container reports it. */
    String postgresVersion() {
        try {
            return compose.container("postgres").execInContainer("psql", "-U", "postgres", "-tAc",
                    "SHOW server_version").getStdout().strip();
        } catch (IOException | RuntimeException e) {
            return "(version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(version unknown)";
        }
    }

    /** The stand-in images the cluster runs on ({@code ZONE_*_IMAGE}), or the official ones. */
    static String images() {
        Map<String, String> named = ContainerImages.composeVariables();
        return named.isEmpty() ? "the official images (apache/kafka, postgres:17, eclipse-temurin:21-jre)"
                : named.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(", "));
    }

    private static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code docker-compose down -v}, once: on the way out of the run, or at the JVM's exit if that comes first. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            compose.close();
        }
    }
}
