package zone.xianggan.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The raw baseline for ingestion: the rows of indicators-service's {@code value_revision} table, inserted with one
 * JDBC batch in one transaction into the same database engine the service uses (a database of its own: the service
 * holds its own), with nothing else done.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbcBatchInsertBenchmark {

    private static final String[] COUNTIES = { "430181", "430281", "430223", "430224", "430225", "430626", "431028",
            "431022", "431026", "431027", "360302", "360313", "360321", "360322", "360323", "360424", "360902",
            "360922", "360926", "360881", "360827", "360830", "360724", "360725" };
    private static final String TABLE = """
            CREATE TABLE baseline_value (
                county_code VARCHAR(6) NOT NULL, indicator_code VARCHAR(64) NOT NULL, period VARCHAR(7) NOT NULL,
                revision INTEGER NOT NULL, figure NUMERIC(38, 10) NOT NULL, previous_value NUMERIC(38, 10),
                note VARCHAR(1000), source VARCHAR(200), reason VARCHAR(500), reported_by VARCHAR(120) NOT NULL,
                reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (county_code, indicator_code, period, revision))""";
    private static final String INSERT = """
            INSERT INTO baseline_value (county_code, indicator_code, period, revision, figure, previous_value, note,
            source, reason, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Param("1000")
    public int rows;

    @Param("")
    public String url;

    @Param("sa")
    public String user;

    @Param("")
    public String password;

    private Connection connection;
    private int round;

    @Setup(Level.Trial)
    public void createTable() throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS baseline_value");
            statement.execute(TABLE);
        }
        connection.setAutoCommit(false);
    }

    @Benchmark
    public int insertOneBatch() throws SQLException {
        round++;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, COUNTIES[i % COUNTIES.length]);
                insert.setString(2, "BENCH_R" + round + "_" + (i / COUNTIES.length / 12));
                insert.setString(3, "2000-%02d".formatted(1 + (i / COUNTIES.length) % 12));
                insert.setInt(4, 1);
                insert.setBigDecimal(5, BigDecimal.valueOf(1000 + i, 2));
                insert.setBigDecimal(6, null);
                insert.setString(7, null);
                insert.setString(8, null);
                insert.setString(9, null);
                insert.setString(10, "bench/baseline");
                insert.setObject(11, now);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            connection.commit();
            return counts.length;
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }
}
