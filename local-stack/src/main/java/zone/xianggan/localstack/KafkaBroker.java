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
 *
 * <p>Secured ({@link #secured}), as the zone runs it: clients authenticate with SASL/OAUTHBEARER, their tokens from
 * the zone's issuer checked against its JWKS (the agency is the principal), and the StandardAuthorizer allows only
 * what the ACLs grant (identity-service keeps them, as a super user). The controller and inter-broker listeners use
 * SASL/PLAIN with a password made at each start, which no client is told. Plain ({@link #at}), for tests of what
 * does not concern security: one PLAINTEXT listener, no authorizer.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String SERVER_MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String classPath;
    private final Security security;
    // Set under this object's lock together with the launch, so that a close() from another thread (the shutdown
    // hook, while start() is still waiting) either prevents the launch or sees the process and stops it.
    private volatile ManagedProcess process;
    private boolean closed;

    private KafkaBroker(Path dataDir, int port, int controllerPort, String classPath, Security security) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.classPath = classPath;
        this.security = security;
    }

    /** A plain broker on {@code 127.0.0.1:port}; call {@link #start()} to run it. */
    public static KafkaBroker at(Path dataDir, int port, int controllerPort) {
        return new KafkaBroker(dataDir, port, controllerPort, kafkaClassPath(), null);
    }

    /**
     * A secured broker on {@code 127.0.0.1:port}, its inter-broker listener on {@code internalPort}, checking tokens
     * of {@code issuer}; call {@link #start()} to run it.
     */
    public static KafkaBroker secured(Path dataDir, int port, int controllerPort, int internalPort, String issuer) {
        return new KafkaBroker(dataDir, port, controllerPort, kafkaClassPath(), new Security(internalPort, issuer));
    }

    /** How a secured broker authenticates and authorizes. */
    private record Security(int internalPort, String issuer) {

        String jwksUrl() {
            return issuer + "/oauth2/jwks";
        }
    }

    public boolean isSecured() {
        return security != null;
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

    /**
     * Formats the storage if it is new, as {@link #start()} does first: a JVM of its own, which a launcher may run
     * while it waits for something else.
     */
    public KafkaBroker formatStorage() {
        Path config = writeConfig();
        if (!Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
            launch("kafka-storage-format", List.of(JavaCommand.executable(), "-cp", classPath, STORAGE_TOOL_MAIN,
                    "format", "-t", clusterId(), "-c", config.toString(), "--ignore-formatted"),
                    dataDir.resolve("kafka-format.log")).awaitSuccess(Duration.ofMinutes(2));
        }
        return this;
    }

    /** Formats the storage on first use, starts the broker and waits until it accepts connections. */
    public KafkaBroker start() {
        formatStorage();
        Path config = writeConfig();
        List<String> command = new java.util.ArrayList<>(List.of(JavaCommand.executable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn"));
        if (security != null) {
            // Kafka 4 fetches keys only from the URLs listed here.
            command.add("-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=" + security.jwksUrl());
        }
        command.addAll(List.of("-cp", classPath, SERVER_MAIN, config.toString()));
        ManagedProcess broker = launch("kafka", command, dataDir.resolve("kafka.log"));
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
        String config = (security == null ? plainListeners() : securedListeners()) + """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                controller.listener.names=CONTROLLER
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

    private String plainListeners() {
        return """
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                """.formatted(port, controllerPort);
    }

    private String securedListeners() {
        String password = randomToken();
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"zone-broker\" "
                + "password=\"" + password + "\" user_zone-broker=\"" + password + "\";";
        return """
                listeners=CLIENT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d,INTERNAL://127.0.0.1:%3$d
                advertised.listeners=CLIENT://127.0.0.1:%1$d,INTERNAL://127.0.0.1:%3$d
                inter.broker.listener.name=INTERNAL
                listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,CLIENT:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT
                sasl.mechanism.controller.protocol=PLAIN
                sasl.mechanism.inter.broker.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%4$s
                listener.name.internal.sasl.enabled.mechanisms=PLAIN
                listener.name.internal.plain.sasl.jaas.config=%4$s
                listener.name.client.sasl.enabled.mechanisms=OAUTHBEARER
                listener.name.client.oauthbearer.sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;
                listener.name.client.oauthbearer.sasl.server.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler
                sasl.oauthbearer.jwks.endpoint.url=%5$s
                sasl.oauthbearer.expected.audience=xianggan-zone
                sasl.oauthbearer.expected.issuer=%6$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                allow.everyone.if.no.acl.found=false
                super.users=User:zone-broker;User:identity-service
                connections.max.reauth.ms=300000
                """.formatted(port, controllerPort, security.internalPort(), plain, security.jwksUrl(),
                security.issuer());
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe Base64 without padding, as {@code kafka-storage random-uuid}. */
    private static String clusterId() {
        String id;
        do {
            id = randomToken();
        } while (id.startsWith("-"));
        return id;
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
        // A module's tests run in that module's directory, with this jar from the local repository.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path libs = dir.resolve("local-stack/target/kafka-libs");
            if (Files.isDirectory(libs)) {
                return libs.resolve("*").toString();
            }
        }
        throw new IllegalStateException("Kafka's jars are not at " + beside + " nor " + underRoot
                + " nor under a directory above this one: build the project first (./mvnw -DskipTests package)");
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
