package zone.xianggan.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own for one test application: an H2 file under {@code target/test-dbs}, or, with
 * {@code -Ppostgres}, a new PostgreSQL database, dropped when the test JVM exits. Several application starts may
 * share one, to show that data survives a restart.
 */
public record TestDatabase(String url, String username, String password) {

    public static final String SELECTOR = "zone.test.database";

    public static TestDatabase fresh(String label) {
        String name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        return onPostgres() ? createPostgres("zt_" + name) : h2(name);
    }

    /** A PostgreSQL database of exactly this name, for a service run as its own process; dropped at exit. */
    public static TestDatabase postgres(String name) {
        return createPostgres(name);
    }

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(SELECTOR, "h2"));
    }

    /**
     * An outage of the PostgreSQL database {@code name}, as the service using it sees one: every connection is cut
     * and new ones are refused until {@link #restore(String)}.
     */
    public static void cutOff(String name) {
        admin("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** Ends an outage begun by {@link #cutOff(String)}. */
    public static void restore(String name) {
        admin("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS true");
    }

    private static void admin(String sql) {
        execute(env("ZONE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("ZONE_TEST_PG_USER", "postgres"), env("ZONE_TEST_PG_PASSWORD", ""), sql);
    }

    /** The Spring properties that point an application at this database. */
    public Map<String, String> properties() {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    /** The same, as environment variables for a service run as its own process. */
    public Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", username,
                "SPRING_DATASOURCE_PASSWORD", password);
    }

    private static TestDatabase h2(String name) {
        Path file = Path.of("target", "test-dbs", name, "db").toAbsolutePath();
        return new TestDatabase("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private static TestDatabase createPostgres(String name) {
        String adminUrl = env("ZONE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("ZONE_TEST_PG_USER", "postgres");
        String password = env("ZONE_TEST_PG_PASSWORD", "");
        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // a database left behind is harmless; the next run uses new names
            }
        }));
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new TestDatabase(url, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
