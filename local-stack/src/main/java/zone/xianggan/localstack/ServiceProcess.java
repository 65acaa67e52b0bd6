package zone.xianggan.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One of the zone's services, run from its executable jar as its own process. */
public final class ServiceProcess implements AutoCloseable {

    /** The zone's services and the ports the contract gives them. */
    public enum Kind {
        // The issuer of every agency's token, and the keeper of the broker's ACLs: it starts with the services,
        // which wait for it (the seeded agencies exist before it answers; see SeedingAgencies).
        IDENTITY("identity-service", 8084, "/.well-known/oauth-authorization-server", List.of("-Xms64m", "-Xmx160m")),
        REGISTRY("registry-service", 8081, "/api/v1/counties", List.of("-Xms64m", "-Xmx160m")),
        // An import of 10,000 values is one transaction held in this heap, so the heap is laid out for imports: a
        // young generation large enough to take an import's garbage in one or two collections, with survivor
        // spaces that hold the batch in flight instead of promoting it, fixed from the start (a serial heap that
        // starts small grows its young generation only at a full collection). The C2 compiler alone keeps far less
        // compiled code than tiered compilation, which pays for the larger heap at the same resident size; it
        // compiles after 1,500 calls instead of 10,000 so that the replica's code is compiled before the load
        // that needs it. bench/README.md has the measurements.
        INDICATORS("indicators-service", 8082, "/api/v1/indicators", List.of("-Xms200m", "-Xmx200m", "-Xmn130m",
                "-XX:SurvivorRatio=6", "-XX:-TieredCompilation", "-XX:CompileThreshold=1500")),
        COOPERATION("cooperation-service", 8083, "/api/v1/projects", List.of("-Xms64m", "-Xmx160m")),
        /** The pages for people: it reads the three services and follows their topics, and holds no data. */
        DASHBOARD("zone-dashboard", 8080, "/", List.of("-Xms32m", "-Xmx128m"));

        /** The three services that own the zone's data, and start once identity and Kafka are up. */
        public static final List<Kind> DATA_SERVICES = List.of(REGISTRY, INDICATORS, COOPERATION);
        /** Those that call the zone as agencies of their own, with a secret identity-service seeds for each. */
        public static final List<Kind> AGENCIES = List.of(REGISTRY, INDICATORS, COOPERATION, DASHBOARD);

        private final String serviceName;
        private final int defaultPort;
        private final String mainPath;
        private final List<String> jvmOptions;

        Kind(String serviceName, int defaultPort, String mainPath, List<String> jvmOptions) {
            this.serviceName = serviceName;
            this.defaultPort = defaultPort;
            this.mainPath = mainPath;
            this.jvmOptions = jvmOptions;
        }

        public String serviceName() {
            return serviceName;
        }

        public int defaultPort() {
            return defaultPort;
        }

        public String mainPath() {
            return mainPath;
        }

        /** Whether it keeps data of its own, in a database and an outbox; the dashboard keeps none. */
        public boolean ownsData() {
            return this != DASHBOARD;
        }

        /** Where the build leaves the executable jar: {@code <service>/target/<service>-exec.jar}. */
        public Path jar(Path projectRoot) {
            return projectRoot.resolve(serviceName).resolve("target").resolve(serviceName + "-exec.jar");
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Kind kind;
    private final int port;
    private final ManagedProcess process;

    private ServiceProcess(Kind kind, int port, ManagedProcess process) {
        this.kind = kind;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the service with the same environment variables a deployment sets (see docker-compose.yml).
     *
     * @param extraEnvironment more variables, e.g. {@code SPRING_DATASOURCE_URL} for PostgreSQL
     * @param fromStartupCache  whether to start from the service's start-up cache where it has a current one
     */
    public static ServiceProcess start(Kind kind, Path projectRoot, int port, String kafkaBootstrap, Path dataDir,
            Map<String, String> extraEnvironment, boolean fromStartupCache) {
        Path jar = kind.jar(projectRoot);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(kind.serviceName + " is not built (" + jar + " is missing): run "
                    + "./mvnw -DskipTests package");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        environment.put("ZONE_DATA_DIR", dataDir.toAbsolutePath().toString());
        // glibc gives each thread that allocates its own malloc arena; two are plenty for a JVM, and save memory.
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.putAll(extraEnvironment);
        List<String> command = new ArrayList<>(List.of(JavaCommand.executable()));
        command.addAll(jvmOptions(kind));
        command.addAll(extraJavaOptions(kind));
        command.addAll(fromStartupCache ? new StartupCache(kind, projectRoot, jvmOptions(kind)).launchArguments()
                : List.of("-jar", jar.toString()));
        ManagedProcess process = new ManagedProcess(kind.serviceName, command, environment,
                dataDir.resolve("logs").resolve(kind.serviceName + ".log"));
        process.start();
        return new ServiceProcess(kind, port, process);
    }

    /** The JVM options a service runs with, its own and the zone's: those its start-up cache is made with. */
    static List<String> jvmOptions(Kind kind) {
        // Each service stays under 400 MB resident with H2's database in its heap: the heap is most of it, the rest
        // (metaspace, compiled code, the compilers' arenas) is fixed. The serial collector suits two cores; the
        // periodic trim gives back the native memory the JIT compiler frees. The code cache is reserved, not
        // resident, so it is the JDK's own size for tiered compilation: a small one makes the JVM unload cold code
        // in full collections and compile it again, which lengthens propagation's tail. Metaspace starts where a
        // service ends up, so that start-up spends no full collections growing it. bench/README.md has the figures.
        List<String> options = new ArrayList<>(kind.jvmOptions);
        options.addAll(List.of("-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000", "-XX:MetaspaceSize=96m",
                "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=240m", "-Xss512k"));
        return options;
    }

    /**
     * JVM options from {@code ZONE_JAVA_OPTIONS_<KIND>} (e.g. {@code ZONE_JAVA_OPTIONS_INDICATORS="-Xmx256m"}), after
     * the launcher's own, so that they win: a larger heap on a larger machine, say, or a flag for a diagnosis.
     */
    private static List<String> extraJavaOptions(Kind kind) {
        String options = System.getenv("ZONE_JAVA_OPTIONS_" + kind.name());
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** Waits until {@code /actuator/health/readiness} answers UP. */
    public ServiceProcess awaitReady(Duration timeout) {
        return awaitHealth("readiness", timeout);
    }

    /** Waits until {@code /actuator/health/liveness} answers UP: it serves requests, whatever it depends on. */
    public ServiceProcess awaitLive(Duration timeout) {
        return awaitHealth("liveness", timeout);
    }

    private ServiceProcess awaitHealth(String group, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/" + group))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(kind.serviceName + " stopped while starting; the end of its log ("
                        + process.logFile() + "):\n" + process.logTail(40));
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + kind.serviceName, e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + kind.serviceName, e);
            }
        }
        throw new IllegalStateException(kind.serviceName + " was not " + (group.equals("readiness") ? "ready" : "up")
                + " within " + timeout + "; the end of its log:\n" + process.logTail(40));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return process.logFile();
    }

    /** Sends SIGTERM and returns at once; {@link #stop()} then waits. */
    void requestStop() {
        process.requestStop();
    }

    /** Graceful stop (SIGTERM), as an operator or the launcher's Ctrl-C does. */
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Kills the process at once (SIGKILL): a crash. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        stop();
    }
}
