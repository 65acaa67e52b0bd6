package zone.xianggan.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A service's classes loaded, linked and profiled once per build, so that every later start skips that work: the
 * JDK's ahead-of-time cache on JDK 25 and later ({@code -XX:AOTCache}, JEP 483/514/515), its class-data sharing
 * archive on JDK 21 to 24 ({@code -XX:SharedArchiveFile}), made by a training run that starts the service up to a
 * refreshed Spring context and exits ({@code spring.context.exit=onRefresh}), as Spring Boot documents it.
 * <p>
 * Both work only on classes from plain jars on the class path, so the service runs from its jar extracted by Spring
 * Boot's own tools ({@code -Djarmode=tools extract}) rather than from the nested executable jar. The cache sits
 * beside the jar in {@code target/startup-cache/} and is made again when the jar, the JDK or the JVM options change.
 * If the training fails, or the JVM finds the cache unusable, the service starts as it would without it.
 */
final class StartupCache {

    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);

    private final ServiceProcess.Kind kind;
    private final Path jar;
    private final Path directory;
    private final List<String> jvmOptions;

    StartupCache(ServiceProcess.Kind kind, Path projectRoot, List<String> jvmOptions) {
        this.kind = kind;
        this.jar = kind.jar(projectRoot);
        this.directory = jar.resolveSibling("startup-cache");
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * Makes the caches of the given services that are missing or stale, all at once, and says so on standard output;
     * a service whose training fails starts without one.
     *
     * @param starter starts each process of the training: the zone starts and records it, so that closing the zone
     *                stops it too
     */
    static void prepare(Path projectRoot, List<ServiceProcess.Kind> kinds, Consumer<ManagedProcess> starter) {
        List<StartupCache> stale = kinds.stream()
                .map(kind -> new StartupCache(kind, projectRoot, ServiceProcess.jvmOptions(kind)))
                .filter(cache -> !cache.isCurrent() && Files.isRegularFile(cache.jar)).toList();
        if (stale.isEmpty()) {
            return;
        }
        System.out.println("Making the services' start-up caches (once per build; later starts are faster): "
                + stale.stream().map(cache -> cache.kind.serviceName()).toList() + " …");
        List<Thread> trainings = stale.stream().map(cache -> Thread.ofPlatform().name("training-" + cache.kind)
                .start(() -> {
                    String failure = cache.create(starter);
                    if (failure != null) {
                        System.out.println(cache.kind.serviceName() + " starts without a start-up cache: " + failure);
                    }
                })).toList();
        for (Thread training : trainings) {
            try {
                training.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the start-up caches", e);
            }
        }
    }

    /** What follows the JVM options on the command line: the cached start when there is a cache, else the jar. */
    List<String> launchArguments() {
        if (isCurrent()) {
            return List.of(archive().useOption() + archiveFile(), "-jar", extractedJar().toString());
        }
        return List.of("-jar", jar.toString());
    }

    boolean isCurrent() {
        try {
            return Files.isRegularFile(archiveFile()) && Files.isRegularFile(extractedJar())
                    && Files.readString(stampFile()).equals(stamp());
        } catch (IOException absent) {
            return false;
        }
    }

    /**
     * Extracts the jar and runs the training; returns a sentence saying what went wrong, or null. The stamp is
     * written last, so that a cache left half-made is never used. It is made where it is used: the archive records
     * the class path it was made with.
     */
    String create(Consumer<ManagedProcess> starter) {
        try {
            deleteTree(directory);
            Files.createDirectories(directory);
            run("extract", List.of(JavaCommand.executable(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", extractedJar().getParent().toString()), Map.of(), starter);
            List<String> training = new ArrayList<>(List.of(JavaCommand.executable()));
            training.addAll(jvmOptions);
            training.addAll(List.of(archive().makeOption() + archiveFile(), "-Dspring.context.exit=onRefresh",
                    // Kafka is not there during the training: one attempt to create the topics is enough.
                    "-Dspring.kafka.admin.operation-timeout=1s", "-jar", extractedJar().toString()));
            run("training", training, trainingEnvironment(), starter);
            deleteTree(directory.resolve("data"));
            if (!Files.isRegularFile(archiveFile())) {
                return "the training run made no archive (see " + directory.resolve("training.log") + ")";
            }
            markComplete();
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getMessage();
        }
    }

    /** A data directory of its own, default settings, ports nobody answers on: the training touches nothing. */
    private Map<String, String> trainingEnvironment() {
        List<Integer> ports = FreePorts.take(3);
        return Map.of("SERVER_PORT", ports.get(0).toString(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.get(1),
                "ZONE_IDENTITY_ISSUER", "http://127.0.0.1:" + ports.get(2),
                "ZONE_DATA_DIR", directory.resolve("data").toString(),
                "MALLOC_ARENA_MAX", "2");
    }

    private void run(String step, List<String> command, Map<String, String> environment,
            Consumer<ManagedProcess> starter) {
        ManagedProcess process = new ManagedProcess(kind.serviceName() + " " + step, command, environment,
                directory.resolve(step + ".log"));
        starter.accept(process);
        process.awaitSuccess(TRAINING_TIMEOUT);
    }

    /** Records what the cache was made from, last: until then, it is not used. */
    void markComplete() throws IOException {
        Files.writeString(stampFile(), stamp());
    }

    /** What the cache was made from: a change to any of it makes it stale. */
    private String stamp() throws IOException {
        return String.join("\n", jar.toString(), Long.toString(Files.size(jar)),
                Long.toString(Files.getLastModifiedTime(jar).toMillis()), Runtime.version().toString(),
                JavaCommand.executable(), String.join(" ", jvmOptions)) + "\n";
    }

    private Path stampFile() {
        return directory.resolve("stamp");
    }

    private Path extractedJar() {
        return directory.resolve("application").resolve(jar.getFileName());
    }

    private Path archiveFile() {
        return directory.resolve(archiveName());
    }

    private static String archiveName() {
        return archive() == Archive.AOT_CACHE ? "classes.aot" : "classes.jsa";
    }

    /** The JDK's ahead-of-time cache where the launcher's JDK has one in a single step, else class-data sharing. */
    private static Archive archive() {
        return Runtime.version().feature() >= 25 ? Archive.AOT_CACHE : Archive.CLASS_DATA_SHARING;
    }

    private enum Archive {
        AOT_CACHE("-XX:AOTCacheOutput=", "-XX:AOTCache="),
        CLASS_DATA_SHARING("-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=");

        private final String create;
        private final String use;

        Archive(String create, String use) {
            this.create = create;
            this.use = use;
        }

        String makeOption() {
            return create;
        }

        String useOption() {
            return use;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
