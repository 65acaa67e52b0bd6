package zone.xianggan.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.testsupport.TestDatabase;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * Measures what the issue asks of the batch path and the aggregates, over real HTTP, and prints it; it asserts
 * only that the work was done, never a time. Not run by {@code verify}; run it with
 *
 * <pre>
 * ./mvnw -q -pl indicators-service -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=IndicatorsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false [-Ppostgres]
 * </pre>
 *
 * and read {@code indicators-service/target/benchmark-<h2|postgres>.txt}. It fills the catalogue to 60 yearly
 * indicators, imports 24 units × 60 indicators × 15 years (21,600 values) as JSON batches of 10,000 (one warm-up
 * batch first, on other years), then answers 1,000 aggregates for random indicators, years and scopes. Each
 * measurement starts once the outbox relay has handed the events before it to Kafka.
 */
@ZoneServiceTest
@DirtiesContext
class IndicatorsBenchmark {

    private static final int BATCH = 10_000;
    private static final List<String> SCOPES = List.of("zone", "province:430000", "province:360000",
            "cluster:" + PlanUnits.NORTH, "cluster:" + PlanUnits.WEST, "cluster:" + PlanUnits.CENTRE,
            "cluster:" + PlanUnits.SOUTH, "units:430181,430281,360302");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void batchesOfTenThousandAndAggregatesOverTwentyFourUnitsSixtyIndicatorsFifteenYears() throws IOException {
        ZoneHttp http = ZoneHttp.at("http://127.0.0.1:" + port).as("benchmark");
        PlanUnits.publishAll(kafka.getBrokersAsString(), http);
        List<String> indicators = new ArrayList<>(http.get("/api/v1/indicators?periodicity=YEAR")
                .<List<String>>json("$[*].code"));
        for (int i = indicators.size(); i < 60; i++) {
            String code = "BENCHMARK_COUNT_" + i;
            assertThat(http.post("/api/v1/indicators", """
                    {"code":"%s","nameZh":"基准","nameEn":"Benchmark count","unit":"items","periodicity":"YEAR",
                     "planArea":"COMPREHENSIVE_STRENGTH","aggregation":{"method":"SUM"},
                     "direction":"HIGHER_IS_BETTER"}""".formatted(code)).status()).isEqualTo(201);
            indicators.add(code);
        }
        List<String> rows = new ArrayList<>();
        for (int year = 2010; year < 2025; year++) {
            for (String indicator : indicators) {
                for (String unit : PlanUnits.ALL) {
                    rows.add(row(unit, indicator, year, 1 + (unit.hashCode() & 0x3f) + year % 7));
                }
            }
        }
        List<String> warmUp = PlanUnits.ALL.stream().flatMap(unit -> indicators.stream().flatMap(indicator ->
                IntStream.range(1990, 2000).mapToObj(year -> row(unit, indicator, year, 5)))).limit(BATCH).toList();
        StringBuilder report = new StringBuilder("indicators-service benchmark on " + database() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores\n");
        report.append("warm-up batch of ").append(warmUp.size()).append(": ").append(post(http, warmUp))
                .append(" ms\n");
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<String> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            report.append("batch of ").append(batch.size()).append(" new values: ").append(post(http, batch))
                    .append(" ms\n");
        }
        awaitOutboxDrained();
        Random random = new Random(7);
        long[] times = new long[1000];
        for (int i = 0; i < times.length; i++) {
            String query = "/api/v1/aggregates?indicator=" + indicators.get(random.nextInt(indicators.size()))
                    + "&period=" + (2010 + random.nextInt(15)) + "&scope=" + SCOPES.get(random.nextInt(SCOPES.size()));
            long start = System.nanoTime();
            ZoneHttp.Response response = http.get(query);
            times[i] = System.nanoTime() - start;
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        Arrays.sort(times);
        report.append("aggregates over ").append(rows.size()).append(" values (+ warm-up): ")
                .append("median ").append(millis(times[times.length / 2])).append(" ms, p95 ")
                .append(millis(times[times.length * 95 / 100])).append(" ms, max ")
                .append(millis(times[times.length - 1])).append(" ms over ").append(times.length)
                .append(" requests\n");
        Files.writeString(Path.of("target", "benchmark-" + database() + ".txt"), report);
        System.out.println(report);
    }

    /**
     * Times one batch once the outbox has handed the previous one's events to Kafka: the broker runs in this JVM
     * on the same two cores, and its work is not the batch path's.
     */
    private long post(ZoneHttp http, List<String> rows) {
        awaitOutboxDrained();
        String body = rows.stream().collect(Collectors.joining(",", "[", "]"));
        long start = System.nanoTime();
        ZoneHttp.Response response = http.post("/api/v1/values", body);
        long elapsed = System.nanoTime() - start;
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Integer>json("$.imported")).isEqualTo(rows.size());
        return elapsed / 1_000_000;
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM zone_outbox WHERE published_at IS NULL", Long.class) == 0);
    }

    private static String row(String unit, String indicator, int year, int value) {
        return "{\"countyCode\":\"" + unit + "\",\"indicatorCode\":\"" + indicator + "\",\"period\":\"" + year
                + "\",\"value\":" + value + "}";
    }

    private static String millis(long nanos) {
        return String.format("%.2f", nanos / 1_000_000.0);
    }

    private static String database() {
        return TestDatabase.onPostgres() ? "postgres" : "h2";
    }
}
