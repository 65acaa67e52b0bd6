package zone.xianggan.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run in its own JVM from Kafka's own
 * Maven artifacts. Its data stays in {@code dataDir}, so a broker stopped and started again keeps its topics.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String SERVER_MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String classPath;
    // Set under this object's lock together with the launch, so that a close() from another thread (the shutdown
    // hook, while start() is still waiting) either prevents the launch or sees the process and stops it.
    private volatile ManagedProcess process;
    private boolean closed;

    private KafkaBroker(Path dataDir, int port, int controllerPort, String classPath) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.classPath = classPath;
    }

    /** A broker on {@code 127.0.0.1:port}; call {@link #start()} to run it. */
    public static KafkaBroker at(Path dataDir, int port, int controllerPort) {
        return new KafkaBroker(dataDir, port, controllerPort, kafkaClassPath());
    }

    /** A broker on two ports free now (client and controller); call {@link #start()} to run it. */
    public static KafkaBroker onFreePorts(Path dataDir) {
        List<Integer> ports = FreePorts.take(2);
        return at(dataDir, ports.get(0), ports.get(1));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the storage on first use, starts the broker and waits until it accepts connections. */
    public KafkaBroker start() {
        Path config = writeConfig();
        if (!Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
            launch("kafka-storage-format", List.of(JavaCommand.executable(), "-cp", classPath, STORAGE_TOOL_MAIN,
                    "format", "-t", clusterId(), "-c", config.toString(), "--ignore-formatted"),
                    dataDir.resolve("kafka-format.log")).awaitSuccess(Duration.ofMinutes(2));
        }
        ManagedProcess broker = launch("kafka", List.of(JavaCommand.executable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn",
                "-cp", classPath, SERVER_MAIN, config.toString()), dataDir.resolve("kafka.log"));
        try {
            awaitListening(broker, Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            stop(); // a broker that did not come up must not outlive the failure
            throw e;
        }
        return this;
    }

    private synchronized ManagedProcess launch(String name, List<String> command, Path log) {
        if (closed) {
            throw new IllegalStateException("Kafka was closed while starting");
        }
        process = new ManagedProcess(name, command, Map.of(), log);
        process.start();
        return process;
    }

    /** Stops the broker as an operator would (SIGTERM, controlled shutdown); {@link #start()} may start it again. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    /** The broker's process id, while it runs. */
    public long pid() {
        ManagedProcess running = process;
        if (running == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return running.pid();
    }

    public boolean isRunning() {
        ManagedProcess running = process;
        return running != null && running.isAlive();
    }

    String logTail(int lines) {
        ManagedProcess running = process;
        return running == null ? "" : running.logTail(lines);
    }

    /** Stops the broker for good: a start() still in progress in another thread launches nothing more. */
    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }

    private void awaitListening(ManagedProcess process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka stopped while starting:\n" + process.logTail(40));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("Kafka did not listen on " + port + " within " + timeout + ":\n"
                + process.logTail(40));
    }

    private Path writeConfig() {
        String config = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=false
                log.cleaner.enable=true
                """.formatted(port, controllerPort, dataDir.resolve("log").toString().replace('\\', '/'));
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("server.properties");
            Files.writeString(file, config, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe Base64 without padding, as {@code kafka-storage random-uuid}. */
    private static String clusterId() {
        byte[] bytes = new byte[16];
        SecureRandom random = new SecureRandom();
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    /**
     * Kafka's jars, which the build copies to {@code local-stack/target/kafka-libs}: found next to this module's
     * classes or jar when it runs from {@code local-stack/target}, else under the project root the launcher was
     * given ({@code ZONE_PROJECT_ROOT}), as when another module (the benchmark) carries this jar in its own lib.
     */
    static String kafkaClassPath() {
        Path beside;
        try {
            beside = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent().resolve("kafka-libs");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String root = System.getenv("ZONE_PROJECT_ROOT");
        Path underRoot = Path.of(root == null || root.isBlank() ? "" : root).toAbsolutePath()
                .resolve("local-stack/target/kafka-libs");
        for (Path libs : new Path[] { beside, underRoot }) {
            if (Files.isDirectory(libs)) {
                return libs.resolve("*").toString();
            }
        }
        throw new IllegalStateException("Kafka's jars are not at " + beside + " nor " + underRoot
                + ": build the project first (./mvnw -DskipTests package)");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
