package zone.xianggan.bench;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.LongFunction;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import zone.xianggan.testsupport.RawHttp;

/**
 * How long the zone takes to refuse the attacks of issue 22, each sent as an attacker would, and whether the service
 * is still healthy after it: a number with a ten-million exponent, a CSV of 186 MB (announced, and chunked), a JSON
 * batch of a million rows. The bodies are generated as they are sent; none is held in memory.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class HostileInput {

    static final long HUGE_CSV_BYTES = 186L * 1024 * 1024;
    static final int MILLION = 1_000_000;

    private final Http http;
    private final Tokens tokens;
    private final String indicators;

    /** One attack: what came back, how fast, and whether the service answered its readiness probe afterwards. */
    record Attack(String name, int status, double millis, long bytesSent, boolean healthyAfter) {
    }

    /**
     * Sent on a socket written by hand ({@link RawHttp}), which reads the answer while it writes: a service that
     * refuses a body closes without reading it, and a client that only reads once it has written everything (as
     * {@code HttpURLConnection} does) loses the answer with the connection.
     */
    List<Attack> run() {
        RawHttp raw = RawHttp.at(URI.create(indicators).getPort());
        List<Attack> attacks = new ArrayList<>();
        attacks.add(time("an indicator whose maximum is 1E+10000000", sent -> {
            String body = """
                    {"code":"BENCH_EXPONENT","nameZh":"攻击","nameEn":"Exponent attack","unit":"count",
                     "periodicity":"YEAR","planArea":"INFRASTRUCTURE_CONNECTIVITY","direction":"HIGHER_IS_BETTER",
                     "aggregation":{"method":"SUM"},"minimum":0,"maximum":1E+10000000,
                     "reason":"hostile input"}""";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return raw.stream("POST", "/api/v1/indicators", token(), "application/json", bytes.length,
                    sent.counting(new ByteArrayInputStream(bytes)));
        }));
        attacks.add(time("a CSV of 186 MB, its length announced", sent -> raw.stream("POST",
                "/api/v1/values/import?dryRun=true", token(), "text/csv", HUGE_CSV_BYTES,
                sent.counting(csv(HUGE_CSV_BYTES)))));
        attacks.add(time("a CSV of 186 MB, chunked", sent -> raw.chunked("POST", "/api/v1/values/import?dryRun=true",
                token(), "text/csv", sent.counting(csv(HUGE_CSV_BYTES)))));
        attacks.add(time("a JSON batch of a million values, chunked", sent -> raw.chunked("POST", "/api/v1/values",
                token(), "application/json", sent.counting(jsonRows(MILLION)))));
        return attacks;
    }

    private String token() {
        return tokens.bearer(Http.WRITER).substring("Bearer ".length());
    }

    private Attack time(String name, Function<Sent, RawHttp.Reply> attack) {
        Sent sent = new Sent();
        token(); // held before the clock starts, which then measures the attack alone
        long start = System.nanoTime();
        RawHttp.Reply answer = attack.apply(sent);
        double millis = (System.nanoTime() - start) / 1e6;
        boolean healthy = http.get(indicators + "/actuator/health/readiness").status() == 200;
        System.out.printf("Hostile input: %s → %d in %.0f ms (%,d bytes sent); ready after: %s%n", name,
                answer.status(), millis, sent.bytes, healthy);
        return new Attack(name, answer.status(), millis, sent.bytes, healthy);
    }

    /** How many bytes of a body were read to be sent. */
    private static final class Sent {

        private long bytes;

        InputStream counting(InputStream body) {
            return new FilterInputStream(body) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    bytes += Math.max(n, 0);
                    return n;
                }
            };
        }
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
