package zone.xianggan.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.localstack.AgencyCredentials;
import zone.xianggan.localstack.FreePorts;
import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ServiceProcess;

/**
 * A fresh zone, started by the same launcher as {@code ./run-local.sh}, on free ports and a new data directory:
 * H2 by default, or a new PostgreSQL database per service.
 */
final class BenchZone implements KafkaLogins, AutoCloseable {

    private final LocalZone zone;
    private final double launchSeconds;
    private final double startupCacheSeconds;
    private final String databaseName;
    private final JdbcTarget baselineDatabase;

    /** Where the JDBC baseline writes: the same engine as the services, a database of its own. */
    record JdbcTarget(String url, String user, String password) {
    }

    private BenchZone(LocalZone zone, double launchSeconds, double startupCacheSeconds, String databaseName,
            JdbcTarget baselineDatabase) {
        this.zone = zone;
        this.launchSeconds = launchSeconds;
        this.startupCacheSeconds = startupCacheSeconds;
        this.databaseName = databaseName;
        this.baselineDatabase = baselineDatabase;
    }

    static BenchZone start(Path projectRoot, Path dataDir, boolean postgres) {
        List<String> ports = FreePorts.take(8).stream().map(String::valueOf).toList();
        Map<String, String> environment = new HashMap<>(Map.of(
                "ZONE_PROJECT_ROOT", projectRoot.toString(), "ZONE_DATA_DIR", dataDir.toString(),
                "KAFKA_PORT", ports.get(0), "KAFKA_CONTROLLER_PORT", ports.get(1), "KAFKA_INTERNAL_PORT", ports.get(5),
                "IDENTITY_PORT", ports.get(6),
                "REGISTRY_PORT", ports.get(2), "INDICATORS_PORT", ports.get(3), "COOPERATION_PORT", ports.get(4)));
        environment.put("DASHBOARD_PORT", ports.get(7));
        JdbcTarget baseline;
        String database;
        if (postgres) {
            String server = env("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
            String user = env("BENCH_PG_USER", "postgres");
            String password = env("BENCH_PG_PASSWORD", "");
            String prefix = "zone_bench_";
            for (String name : List.of("identity", "registry", "indicators", "cooperation", "baseline")) {
                recreate(server, user, password, prefix + name);
            }
            environment.put("SPRING_DATASOURCE_URL", server + prefix);
            environment.put("SPRING_DATASOURCE_USERNAME", user);
            environment.put("SPRING_DATASOURCE_PASSWORD", password);
            baseline = new JdbcTarget(server + prefix + "baseline", user, password);
            database = "PostgreSQL " + serverVersion(baseline);
        } else {
            baseline = new JdbcTarget("jdbc:h2:file:" + dataDir.resolve("baseline").resolve("db").toAbsolutePath()
                    + servicesH2Settings(projectRoot), "sa", "");
            database = "H2 " + org.h2.engine.Constants.VERSION + " (embedded file database, one per service)";
        }
        long preparing = System.nanoTime();
        LocalZone.prepareStartupCaches(projectRoot);
        long start = System.nanoTime();
        LocalZone zone = new LocalZone(LocalZoneSettings.fromEnvironment(environment)).start();
        return new BenchZone(zone, (System.nanoTime() - start) / 1e9, (start - preparing) / 1e9, database, baseline);
    }

    String url(ServiceProcess.Kind kind) {
        return zone.service(kind).baseUrl();
    }

    long pid(ServiceProcess.Kind kind) {
        return zone.service(kind).pid();
    }

    /** The process ids of the services that own the zone's data. */
    List<Long> pids() {
        return ServiceProcess.Kind.DATA_SERVICES.stream().map(this::pid).toList();
    }

    String kafka() {
        return zone.kafka().bootstrapServers();
    }

    /** A Kafka client's settings to reach this zone's secured broker as {@code agency}. */
    @Override
    public Map<String, Object> kafkaClient(String agency) {
        Map<String, Object> settings = new HashMap<>(AgencyKafkaLogin.settings("SASL_PLAINTEXT",
                AgencyKafkaLogin.tokenEndpoint(zone.settings().issuer()), agency,
                AgencyCredentials.secretOf(zone.settings().credentialsFile(), agency)));
        settings.put("bootstrap.servers", kafka());
        return settings;
    }

    /** Tokens of the seeded agencies, from this zone's issuer. */
    Tokens tokens() {
        return new Tokens(zone.settings().issuer(), AgencyCredentials.read(zone.settings().credentialsFile()));
    }

    double launchSeconds() {
        return launchSeconds;
    }

    /** How long making the start-up caches took before the launch: 0 when this build's were already made. */
    double startupCacheSeconds() {
        return startupCacheSeconds;
    }

    String databaseName() {
        return databaseName;
    }

    JdbcTarget baselineDatabase() {
        return baselineDatabase;
    }

    @Override
    public void close() {
        zone.close();
    }

    private static void recreate(String server, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " refused to create " + name + ": "
                    + e.getMessage(), e);
        }
    }

    private static String serverVersion(JdbcTarget target) {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "(version unknown)";
        }
    }

    /**
     * The settings after the file name in the services' H2 URL ({@code ;MODE=PostgreSQL;…}), read from the defaults
     * the services start with: the baseline runs the engine as they do.
     */
    private static String servicesH2Settings(Path projectRoot) {
        Path defaults = projectRoot.resolve("zone-platform/src/main/resources/zone-platform-defaults.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(defaults)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the services' defaults at " + defaults, e);
        }
        String url = properties.getProperty("spring.datasource.url", "");
        int settings = url.indexOf(';');
        if (!url.startsWith("jdbc:h2:") || settings < 0) {
            throw new IllegalStateException("the services' default database is not H2 with settings: " + url);
        }
        return url.substring(settings);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
