package zone.xianggan.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the local zone keeps its data and which ports it uses, from the environment: {@code ZONE_DATA_DIR}
 * (default {@code .zone-data}), {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093),
 * {@code KAFKA_INTERNAL_PORT} (9094, the broker's own inter-broker listener), {@code IDENTITY_PORT} (8084),
 * {@code REGISTRY_PORT} (8081), {@code INDICATORS_PORT} (8082), {@code COOPERATION_PORT} (8083),
 * {@code DASHBOARD_PORT} (8080). The services get
 * {@code SPRING_DATASOURCE_*}, {@code ZONE_KAFKA_*} and {@code ZONE_OUTBOX_*} as they are, except that a
 * {@code SPRING_DATASOURCE_URL} ending in {@code /} (or in {@code _}, a prefix) gets each service's database name
 * appended ({@code registry}, {@code indicators}, {@code cooperation}), to run the three on one PostgreSQL server.
 * {@code ZONE_STARTUP_CACHES=off}: the services start from their jars, without making or using start-up caches
 * ({@link StartupCache}): for a zone started once per build, as the end-to-end tests start theirs, making them costs
 * more than they save.
 */
public record LocalZoneSettings(Path projectRoot, Path dataDir, int kafkaPort, int kafkaControllerPort,
        int kafkaInternalPort, Map<ServiceProcess.Kind, Integer> servicePorts,
        Map<String, String> sharedServiceEnvironment, boolean startupCaches) {

    public static LocalZoneSettings fromEnvironment(Map<String, String> env) {
        Path root = Path.of(env.getOrDefault("ZONE_PROJECT_ROOT", "")).toAbsolutePath();
        Map<ServiceProcess.Kind, Integer> ports = new LinkedHashMap<>();
        for (ServiceProcess.Kind kind : ServiceProcess.Kind.values()) {
            ports.put(kind, port(env, portVariable(kind.serviceName()), kind.defaultPort()));
        }
        Map<String, String> shared = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("SPRING_DATASOURCE_") || name.startsWith("ZONE_OUTBOX_")
                    || name.startsWith("ZONE_KAFKA_")) {
                shared.put(name, value);
            }
        });
        return new LocalZoneSettings(root, root.resolve(env.getOrDefault("ZONE_DATA_DIR", ".zone-data")),
                port(env, "KAFKA_PORT", 9092), port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "KAFKA_INTERNAL_PORT", 9094), ports, shared,
                !"off".equals(env.getOrDefault("ZONE_STARTUP_CACHES", "on")));
    }

    /** The same settings, making and using start-up caches or not. */
    public LocalZoneSettings withStartupCaches(boolean enabled) {
        return new LocalZoneSettings(projectRoot, dataDir, kafkaPort, kafkaControllerPort, kafkaInternalPort,
                servicePorts, sharedServiceEnvironment, enabled);
    }

    public int port(ServiceProcess.Kind kind) {
        return servicePorts.get(kind);
    }

    /** The issuer of the zone's tokens: identity-service on its port. */
    public String issuer() {
        return "http://127.0.0.1:" + port(ServiceProcess.Kind.IDENTITY);
    }

    /** Where identity-service writes the seeded agencies' credentials on its first start. */
    public Path credentialsFile() {
        return dataDir.resolve("credentials.json");
    }

    /**
     * Each service's own settings; a PostgreSQL URL gets the service's database name appended. One that keeps no
     * data is given no database or outbox settings.
     */
    Map<String, String> serviceEnvironment(ServiceProcess.Kind kind) {
        Map<String, String> env = new LinkedHashMap<>(sharedServiceEnvironment);
        if (!kind.ownsData()) {
            env.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_") || name.startsWith("ZONE_OUTBOX_"));
        }
        String url = env.get("SPRING_DATASOURCE_URL");
        if (url != null && (url.endsWith("/") || url.endsWith("_"))) {
            env.put("SPRING_DATASOURCE_URL", url + kind.serviceName().replace("-service", "").replace('-', '_'));
        }
        return env;
    }

    Map<String, Integer> portsByUser() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", kafkaPort);
        ports.put("kafka-controller", kafkaControllerPort);
        ports.put("kafka-internal", kafkaInternalPort);
        servicePorts.forEach((kind, port) -> ports.put(kind.serviceName(), port));
        return ports;
    }

    static String portVariable(String user) {
        return switch (user) {
            case "kafka" -> "KAFKA_PORT";
            case "kafka-controller" -> "KAFKA_CONTROLLER_PORT";
            case "kafka-internal" -> "KAFKA_INTERNAL_PORT";
            case "zone-dashboard" -> "DASHBOARD_PORT";
            default -> user.replace("-service", "").toUpperCase() + "_PORT";
        };
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalStateException(variable + "=" + value + " is not a port number");
    }
}
