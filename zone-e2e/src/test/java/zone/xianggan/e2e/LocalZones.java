package zone.xianggan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import zone.xianggan.localstack.FreePorts;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ServiceProcess;
import zone.xianggan.testsupport.ProjectRoot;
import zone.xianggan.testsupport.TestDatabase;

/**
 * Settings for a local zone under test: free ports, its own data directory, and with -Ppostgres a PostgreSQL
 * database per service, as a deployment has. The services start from their jars, without start-up caches: a zone
 * under test starts once per build, where making the caches costs more than they save (CI's run of ./run-local.sh
 * makes and uses them, scripts/test-jdk-discovery.sh).
 */
final class LocalZones {

    private LocalZones() {
    }

    /**
     * A data directory of its own for one zone under test, under {@code zone-e2e/target/zones}: kept after the run,
     * so that the services' logs ({@code logs/}) are there to read when a test failed.
     */
    static Path dataDirFor(Class<?> test) {
        try {
            Path zones = ProjectRoot.path().resolve("zone-e2e/target/zones");
            Files.createDirectories(zones);
            return Files.createTempDirectory(zones, test.getSimpleName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalZoneSettings settings(Path dataDir) {
        return settings(dataDir, "zt_e2e_" + UUID.randomUUID().toString().substring(0, 8) + "_");
    }

    /** With -Ppostgres, each service's database is {@link #databaseOf}{@code (databasePrefix, kind)}. */
    static LocalZoneSettings settings(Path dataDir, String databasePrefix) {
        List<String> ports = FreePorts.take(8).stream().map(String::valueOf).toList();
        Map<String, String> environment = new HashMap<>(Map.of(
                "ZONE_PROJECT_ROOT", ProjectRoot.path().toString(),
                "ZONE_DATA_DIR", dataDir.toString(),
                "KAFKA_PORT", ports.get(0), "KAFKA_CONTROLLER_PORT", ports.get(1), "KAFKA_INTERNAL_PORT", ports.get(5),
                "IDENTITY_PORT", ports.get(6),
                "REGISTRY_PORT", ports.get(2), "INDICATORS_PORT", ports.get(3), "COOPERATION_PORT", ports.get(4),
                "ZONE_STARTUP_CACHES", "off"));
        environment.put("DASHBOARD_PORT", ports.get(7));
        if (TestDatabase.onPostgres()) {
            environment.putAll(postgresDatabases(databasePrefix));
        }
        return LocalZoneSettings.fromEnvironment(environment);
    }

    static String databaseOf(String prefix, ServiceProcess.Kind kind) {
        return prefix + kind.serviceName().replace("-service", "");
    }

    /** The launcher appends each service's name to a URL that ends in {@code _}. */
    private static Map<String, String> postgresDatabases(String prefix) {
        TestDatabase any = null;
        for (ServiceProcess.Kind kind : ServiceProcess.Kind.values()) {
            if (kind != ServiceProcess.Kind.DASHBOARD) { // it holds no data
                any = TestDatabase.postgres(databaseOf(prefix, kind));
            }
        }
        Map<String, String> environment = new HashMap<>(any.environment());
        environment.put("SPRING_DATASOURCE_URL", any.url().substring(0, any.url().lastIndexOf('/') + 1) + prefix);
        return environment;
    }
}
