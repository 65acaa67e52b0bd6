package zone.xianggan.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.jayway.jsonpath.JsonPath;

/**
 * HTTP/1.1 written by hand on a socket, for what an attacker sends and a well-behaved client cannot: a Content-Length
 * announcing more than is sent, a chunked body that never ends, bytes that are not UTF-8, a header of any size. The
 * request is sent with {@code Connection: close}; the answer is read to the end.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;

    private RawHttp(int port) {
        this.port = port;
    }

    public static RawHttp at(int port) {
        return new RawHttp(port);
    }

    /** A request whose body is {@code body} exactly, with its true Content-Length. */
    public Reply send(String method, String path, String bearer, String contentType, byte[] body,
            String... headers) {
        StringBuilder head = head(method, path, bearer, contentType, headers);
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        return exchange(head, out -> out.write(body));
    }

    /**
     * A request that announces a body of {@code announced} bytes and sends none of it: a service that reads bodies
     * before it judges them would wait for it until the timeout.
     */
    public Reply announce(String method, String path, String bearer, String contentType, long announced) {
        StringBuilder head = head(method, path, bearer, contentType);
        head.append("Content-Length: ").append(announced).append("\r\n\r\n");
        return exchange(head, out -> { });
    }

    /**
     * A request that announces {@code length} bytes and streams them from {@code body}, as a client uploading a large
     * file does. The service may answer and close before it is all sent: the rest is then not sent.
     */
    public Reply stream(String method, String path, String bearer, String contentType, long length,
            InputStream body) {
        StringBuilder head = head(method, path, bearer, contentType);
        head.append("Content-Length: ").append(length).append("\r\n\r\n");
        return exchange(head, out -> body.transferTo(out));
    }

    /**
     * A request whose body is sent in chunks of {@code body} until it ends, with no Content-Length. The service may
     * answer and close before it is all sent: the rest is then not sent.
     */
    public Reply chunked(String method, String path, String bearer, String contentType, InputStream body) {
        StringBuilder head = head(method, path, bearer, contentType);
        head.append("Transfer-Encoding: chunked\r\n\r\n");
        return exchange(head, out -> {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (n == 0) {
                    continue;
                }
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(buffer, 0, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    private static StringBuilder head(String method, String path, String bearer, String contentType,
            String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n")
                .append("Accept: application/json, application/problem+json\r\n");
        if (bearer != null) {
            head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return head;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private Reply exchange(StringBuilder head, Body body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            // The answer is read while the body is written: a service that refuses a body answers and closes without
            // reading the rest, and an answer still unread when the connection is reset would be lost with it.
            FutureTask<Reply> answer = new FutureTask<>(() -> Reply.read(socket.getInputStream()));
            Thread.ofVirtual().name("raw-http-answer").start(answer);
            OutputStream out = new UntilAnswered(socket.getOutputStream(), answer);
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                body.writeTo(out);
                out.flush();
            } catch (IOException answeredOrClosed) {
                // The service answered, or closed, before the body was all sent: its answer is still there to read.
            }
            return answer.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("no HTTP answer", e.getCause() instanceof IOException io ? io
                    : new IOException(e.getCause()));
        } catch (TimeoutException e) {
            throw new UncheckedIOException(new IOException("no HTTP answer in " + TIMEOUT_MILLIS + " ms", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the body once the answer has come: what follows would only be thrown away by the service. */
    private static final class UntilAnswered extends FilterOutputStream {

        private final Future<?> answer;

        UntilAnswered(OutputStream out, Future<?> answer) {
            super(out);
            this.answer = answer;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (answer.isDone()) {
                throw new IOException("answered before the body was all sent");
            }
            out.write(bytes, offset, length);
        }
    }

    /** The answer: status, headers (names in lower case) and body as text. */
    public record Reply(int status, Map<String, String> headers, String body) {

        /**
         * Reads one answer by its own framing (Content-Length, chunks, or to the end): a server may keep the
         * connection open after answering, waiting for a body it was promised.
         */
        static Reply read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!endsWithBlankLine(head)) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("no HTTP answer: " + head.toString(StandardCharsets.ISO_8859_1));
                }
                head.write(b);
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = chunks(in);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
            }
            return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static boolean endsWithBlankLine(ByteArrayOutputStream head) {
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            return n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r'
                    && bytes[n - 1] == '\n';
        }

        private static byte[] chunks(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(in).split(";")[0].strip();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    return body.toByteArray();
                }
                body.write(in.readNBytes(length));
                line(in);
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        public <T> T json(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
