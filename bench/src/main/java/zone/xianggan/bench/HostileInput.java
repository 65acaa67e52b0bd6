package zone.xianggan.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * How long the zone takes to refuse the attacks of issue 22, each sent as an attacker would, and whether the service
 * is still healthy after it: a number with a ten-million exponent, a CSV of 186 MB (announced, and chunked), a JSON
 * batch of a million rows. The bodies are generated as they are sent; none is held in memory.
 */
final class HostileInput {

    static final long HUGE_CSV_BYTES = 186L * 1024 * 1024;
    static final int MILLION = 1_000_000;

    private final Http http;
    private final String indicators;

    HostileInput(Http http, String indicators) {
        this.http = http;
        this.indicators = indicators;
    }

    /** One attack: what came back, how fast, and whether the service answered its readiness probe afterwards. */
    record Attack(String name, int status, double millis, long bytesSent, boolean healthyAfter) {
    }

    List<Attack> run() {
        List<Attack> attacks = new ArrayList<>();
        attacks.add(time("an indicator whose maximum is 1E+10000000", () -> {
            String body = """
                    {"code":"BENCH_EXPONENT","nameZh":"攻击","nameEn":"Exponent attack","unit":"count",
                     "periodicity":"YEAR","planArea":"INFRASTRUCTURE_CONNECTIVITY","direction":"HIGHER_IS_BETTER",
                     "aggregation":{"method":"SUM"},"minimum":0,"maximum":1E+10000000,
                     "reason":"hostile input"}""";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return http.postStream(indicators + "/api/v1/indicators", "application/json", bytes.length,
                    new ByteArrayInputStream(bytes));
        }));
        attacks.add(time("a CSV of 186 MB, its length announced", () -> http.postStream(indicators
                + "/api/v1/values/import?dryRun=true", "text/csv", HUGE_CSV_BYTES, csv(HUGE_CSV_BYTES))));
        attacks.add(time("a CSV of 186 MB, chunked", () -> http.postStream(indicators
                + "/api/v1/values/import?dryRun=true", "text/csv", -1, csv(HUGE_CSV_BYTES))));
        attacks.add(time("a JSON batch of a million values, chunked", () -> http.postStream(indicators
                + "/api/v1/values", "application/json", -1, jsonRows(MILLION))));
        return attacks;
    }

    private Attack time(String name, java.util.function.Supplier<Http.Streamed> attack) {
        long start = System.nanoTime();
        Http.Streamed answer = attack.get();
        double millis = (System.nanoTime() - start) / 1e6;
        boolean healthy = http.get(indicators + "/actuator/health/readiness").status() == 200;
        System.out.printf("Hostile input: %s → %d in %.0f ms (%,d bytes sent); ready after: %s%n", name,
                answer.status(), millis, answer.bytesSent(), healthy);
        return new Attack(name, answer.status(), millis, answer.bytesSent(), healthy);
    }

    /** A header and then rows of values, to {@code bytes} bytes in all. */
    private static InputStream csv(long bytes) {
        byte[] header = "county_code,indicator_code,period,value\n".getBytes(StandardCharsets.US_ASCII);
        byte[] row = "430181,BENCH_ROWS,2024,12345.678\n".getBytes(StandardCharsets.US_ASCII);
        long rows = (bytes - header.length) / row.length;
        byte[] tail = "x".repeat((int) (bytes - header.length - rows * row.length)).getBytes(StandardCharsets.US_ASCII);
        return concat(List.of(new ByteArrayInputStream(header), repeated(rows, n -> row),
                new ByteArrayInputStream(tail)));
    }

    /** {@code [ {…}, {…}, … ]} with {@code rows} objects. */
    private static InputStream jsonRows(int rows) {
        byte[] first = "[{\"countyCode\":\"430181\",\"indicatorCode\":\"BENCH_ROWS\",\"period\":\"2024\",\"value\":1}"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] next = ",{\"countyCode\":\"430181\",\"indicatorCode\":\"BENCH_ROWS\",\"period\":\"2024\",\"value\":1}"
                .getBytes(StandardCharsets.US_ASCII);
        return concat(List.of(new ByteArrayInputStream(first), repeated(rows - 1, n -> next),
                new ByteArrayInputStream("]".getBytes(StandardCharsets.US_ASCII))));
    }

    private static InputStream repeated(long times, LongFunction<byte[]> piece) {
        return new SequenceInputStream(new Enumeration<>() {
            private long n;

            @Override
            public boolean hasMoreElements() {
                return n < times;
            }

            @Override
            public InputStream nextElement() {
                if (n >= times) {
                    throw new NoSuchElementException();
                }
                return new ByteArrayInputStream(piece.apply(n++));
            }
        });
    }

    private static InputStream concat(List<InputStream> parts) {
        return new SequenceInputStream(java.util.Collections.enumeration(parts));
    }
}
