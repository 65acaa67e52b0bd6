package zone.xianggan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

/**
 * The attacks every JSON endpoint of the zone meets the same way, and what each must answer: a problem detail
 * (RFC 9457) naming the field, quickly. Each service's hostile-input test sends them to one of its writes, then shows
 * for itself that nothing was written, that it is still ready and that the next good request goes through.
 */
public final class HostileRequests {

    public static final String PROBLEM = "application/problem+json";
    /** zone.http.max-body-size's default. */
    public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;

    private HostileRequests() {
    }

    /**
     * Sends each generic attack to {@code method path} as the agency of {@code bearer}.
     *
     * @param knownProperty a property of the endpoint's JSON body, to name twice
     */
    public static void refuseGenericAttacks(int port, String method, String path, String bearer, long bodyLimit,
            String knownProperty) {
        RawHttp raw = RawHttp.at(port);

        // No byte of the announced body is sent: an answer at all shows it was judged before being read.
        RawHttp.Reply announced = raw.announce(method, path, bearer, "application/json", bodyLimit + 1);
        assertProblem(announced, 413, "body");

        // Whitespace is valid JSON between tokens, so the reader goes on reading it until the count stops it.
        assertProblem(raw.chunked(method, path, bearer, "application/json",
                repeated("{", " ", bodyLimit + 512 * 1024)), 413, "body");

        byte[] notUtf8 = concat(("{\"" + knownProperty + "\":\"").getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }, "\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(raw.send(method, path, bearer, "application/json", notUtf8), 400, null);

        String deep = "{\"" + knownProperty + "\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertProblem(raw.send(method, path, bearer, "application/json", deep.getBytes(StandardCharsets.UTF_8)),
                400, null);

        String twice = "{\"" + knownProperty + "\":\"a\",\"" + knownProperty + "\":\"b\"}";
        assertProblem(raw.send(method, path, bearer, "application/json", twice.getBytes(StandardCharsets.UTF_8)),
                400, knownProperty);

        assertProblem(raw.send(method, path, bearer, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415,
                "Content-Type");

        String hugeNumber = "{\"" + knownProperty + "\":" + "9".repeat(5000) + "}";
        RawHttp.Reply number = raw.send(method, path, bearer, "application/json",
                hugeNumber.getBytes(StandardCharsets.UTF_8));
        assertThat(number.status()).as("%s", number).isBetween(400, 422);
        assertThat(number.headers().get("content-type")).startsWith(PROBLEM);

        // A header larger than the server reads (8 KB) is refused by it before any of the zone's code: a plain 400.
        RawHttp.Reply hugeHeader = raw.send(method, path, bearer, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "X-Padding", "x".repeat(20_000));
        assertThat(hugeHeader.status()).as("%s", hugeHeader).isEqualTo(400);

        RawHttp.Reply longActor = raw.send(method, path, bearer, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "X-Actor", "a".repeat(5000));
        assertProblem(longActor, 400, "X-Actor");
    }

    /** A problem detail with {@code status}, naming {@code field} (at the top or among its errors) unless null. */
    public static void assertProblem(RawHttp.Reply reply, int status, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.headers().get("content-type")).as("%s", reply).startsWith(PROBLEM);
        if (field != null) {
            assertThat(fields(reply.body())).as("%s", reply).contains(field);
        }
    }

    /** The same for an answer read with {@link ZoneHttp}. */
    public static void assertProblem(ZoneHttp.Response response, int status, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).as("%s", response).startsWith(PROBLEM);
        if (field != null) {
            assertThat(fields(response.body())).as("%s", response).contains(field);
        }
    }

    /** The service still answers that it is ready. */
    public static void assertReady(ZoneHttp http) {
        ZoneHttp.Response readiness = http.anonymous().get("/actuator/health/readiness");
        assertThat(readiness.status()).as("%s", readiness).isEqualTo(200);
    }

    /**
     * Follows {@code path}'s {@code Link rel="next"} headers to the end, {@code limit} at a time: every item read
     * once, in order, as one list (of each item's {@code key}).
     */
    public static List<String> readAllPages(ZoneHttp http, String path, int limit, String key) {
        List<String> all = new ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "limit=" + limit;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages of %s", path).isLessThan(10_000);
            ZoneHttp.Response page = http.get(next);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            List<Object> keys = page.json("$[*]." + key);
            assertThat(keys).hasSizeLessThanOrEqualTo(limit);
            keys.forEach(k -> all.add(String.valueOf(k)));
            next = nextLink(page);
        }
        return all;
    }

    /** The target of a response's {@code Link: <…>; rel="next"}, or null. */
    public static String nextLink(ZoneHttp.Response response) {
        String link = response.headers().getFirst("Link");
        if (link == null || !link.contains("rel=\"next\"")) {
            return null;
        }
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    /** {@code first}, then {@code unit} repeated until about {@code length} bytes, produced as read. */
    public static InputStream repeated(String first, String unit, long length) {
        byte[] head = first.getBytes(StandardCharsets.UTF_8);
        byte[] body = unit.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= length) {
                    return -1;
                }
                long at = position++;
                return at < head.length ? head[(int) at] & 0xFF : body[(int) ((at - head.length) % body.length)] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                int n = 0;
                while (n < count) {
                    int b = read();
                    if (b < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[offset + n++] = (byte) b;
                }
                return n;
            }
        };
    }

    private static List<String> fields(String body) {
        List<String> fields = new ArrayList<>();
        try {
            Object top = JsonPath.read(body, "$.field");
            fields.add(String.valueOf(top));
        } catch (RuntimeException none) {
            // no top-level field
        }
        try {
            List<Object> errors = JsonPath.read(body, "$.errors[*].field");
            errors.forEach(field -> fields.add(String.valueOf(field)));
        } catch (RuntimeException none) {
            // no errors
        }
        return fields;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
