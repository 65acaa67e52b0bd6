package zone.xianggan.e2e;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import zone.xianggan.localstack.FreePorts;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ZoneService;
import zone.xianggan.testsupport.ProjectRoot;
import zone.xianggan.testsupport.TestDatabase;

/**
 * Settings for a local zone under test: free ports, its own data directory, and with -Ppostgres a PostgreSQL
 * database per service, as a deployment has.
 */
final class LocalZones {

    private LocalZones() {
    }

    static LocalZoneSettings settings(Path dataDir) {
        List<String> ports = FreePorts.take(7).stream().map(String::valueOf).toList();
        Map<String, String> environment = new HashMap<>(Map.of(
                "ZONE_PROJECT_ROOT", ProjectRoot.path().toString(),
                "ZONE_DATA_DIR", dataDir.toString(),
                "KAFKA_PORT", ports.get(0), "KAFKA_CONTROLLER_PORT", ports.get(1), "KAFKA_INTERNAL_PORT", ports.get(5),
                "IDENTITY_PORT", ports.get(6),
                "REGISTRY_PORT", ports.get(2), "INDICATORS_PORT", ports.get(3), "COOPERATION_PORT", ports.get(4)));
        if (TestDatabase.onPostgres()) {
            environment.putAll(postgresDatabases());
        }
        return LocalZoneSettings.fromEnvironment(environment);
    }

    /** The launcher appends each service's name to a URL that ends in {@code _}. */
    private static Map<String, String> postgresDatabases() {
        String prefix = "zt_e2e_" + UUID.randomUUID().toString().substring(0, 8) + "_";
        TestDatabase any = null;
        for (ZoneService.Kind kind : ZoneService.Kind.values()) {
            any = TestDatabase.postgres(prefix + kind.serviceName().replace("-service", ""));
        }
        Map<String, String> environment = new HashMap<>(any.environment());
        environment.put("SPRING_DATASOURCE_URL", any.url().substring(0, any.url().lastIndexOf('/') + 1) + prefix);
        return environment;
    }
}
