package zone.xianggan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain, blocking HTTP/1.1 client, as an agency's system would use, with the JSON the zone speaks: each calling
 * thread sends its request and reads the answer itself, on a kept-alive connection of its own. Every request carries
 * an agency's token: reads a subscriber's, changes the zone office's, metrics the operator's.
 *
 * <p>Not {@link java.net.http.HttpClient}: its one selector thread serves every connection and hands each answer to
 * another thread, so that on two cores the load program itself became the largest user of CPU and the reads' p99 at
 * 8 clients measured its queue as much as the zone (the same service under the same load: p99 17.9 ms through it,
 * 7.8 ms through this).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String READER = "demo-subscriber";
    static final String WRITER = "zone-office";
    private static final String OPERATOR = "zone-operator";
    private static final String PERSON = "zone-bench";
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 120_000;

    static {
        // Idle connections kept per server: one for each of the 32 concurrent clients, so that none reconnects.
        System.setProperty("http.maxConnections", "64");
    }

    record Response(int status, String etag, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Response requireSuccess(String what) {
            if (status / 100 != 2) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    private final Tokens tokens;

    Response get(String url) {
        return send("GET", url, Map.of("Authorization", tokens.bearer(READER)), null);
    }

    /** {@code /actuator/prometheus} of a service, with the operator's token. */
    Response metrics(String serviceUrl) {
        return send("GET", serviceUrl + "/actuator/prometheus", Map.of("Authorization", tokens.bearer(OPERATOR)),
                null);
    }

    Response post(String url, String json) {
        return send("POST", url, Map.of("Authorization", tokens.bearer(WRITER), "Content-Type", "application/json",
                "X-Actor", PERSON), json);
    }

    Response put(String url, String json, String ifMatch) {
        return send("PUT", url, Map.of("Authorization", tokens.bearer(WRITER), "Content-Type", "application/json",
                "X-Actor", PERSON, "If-Match", ifMatch), json);
    }

    private static Response send(String method, String url, Map<String, String> headers, String body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            headers.forEach(connection::setRequestProperty);
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            // Read to the end and closed, so that the connection goes back to the keep-alive cache.
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Response(status, connection.getHeaderField("ETag"), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        }
    }
}
