package zone.xianggan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String READER = "demo-subscriber";
    private static final String WRITER = "zone-office";
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

    Http(Tokens tokens) {
        this.tokens = tokens;
    }

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

    /**
     * POSTs a body streamed from {@code body}, as the zone office: {@code length} bytes announced in Content-Length,
     * or chunked if it is negative. A service may answer and close before it has read the body; what it answered is
     * returned then too, with how many bytes had been sent.
     */
    Streamed postStream(String url, String contentType, long length, InputStream body) {
        long sent = 0;
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setRequestProperty("Authorization", tokens.bearer(WRITER));
            connection.setRequestProperty("Content-Type", contentType);
            connection.setRequestProperty("X-Actor", PERSON);
            connection.setDoOutput(true);
            if (length >= 0) {
                // As curl does for a large body: the service may refuse it on its headers, before a byte is sent.
                connection.setRequestProperty("Expect", "100-continue");
                connection.setFixedLengthStreamingMode(length);
            } else {
                connection.setChunkedStreamingMode(64 * 1024);
            }
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = connection.getOutputStream()) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    out.write(buffer, 0, read);
                    sent += read;
                }
            } catch (IOException closedByTheService) {
                // It answered before reading everything: its answer follows.
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Streamed(status, sent, text);
            }
        } catch (IOException e) {
            return new Streamed(-1, sent, e.toString());
        }
    }

    /** @param status -1 if no answer could be read at all */
    record Streamed(int status, long bytesSent, String body) {
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
