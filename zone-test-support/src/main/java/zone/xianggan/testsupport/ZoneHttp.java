package zone.xianggan.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.jayway.jsonpath.JsonPath;

/**
 * Real HTTP to a running service, as an agency's system calls it: with the agency's access token from the test
 * JVM's real issuer ({@link ZoneIssuer}), and the person acting for it in {@code X-Actor} where one is named. Never
 * throws on a 4xx or 5xx.
 */
public final class ZoneHttp {

    /** The agency a client reads as unless told otherwise: a subscriber, which may read and nothing more. */
    public static final String READER = "demo-subscriber";

    private final RestClient client;
    private final ZoneIssuer issuer;
    private final String agency;
    private final String person;
    private final String rawToken;

    private ZoneHttp(RestClient client, ZoneIssuer issuer, String agency, String person, String rawToken) {
        this.client = client;
        this.issuer = issuer;
        this.agency = agency;
        this.person = person;
        this.rawToken = rawToken;
    }

    /** A client of the service at {@code baseUrl}, reading as {@link #READER}, with the test JVM's issuer. */
    public static ZoneHttp at(String baseUrl) {
        return at(baseUrl, null);
    }

    /** A client of the service at {@code baseUrl}, reading as {@link #READER}, with tokens from {@code issuer}. */
    public static ZoneHttp at(String baseUrl, ZoneIssuer issuer) {
        return new ZoneHttp(RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build(), issuer, READER, null, null);
    }

    /**
     * The same client, calling as a seeded agency: {@code "hunan-drc"}, or {@code "hunan-drc/li.ming"} for a person
     * acting for it (sent as {@code X-Actor}).
     */
    public ZoneHttp as(String agencyAndPerson) {
        int slash = agencyAndPerson.indexOf('/');
        return slash < 0 ? as(agencyAndPerson, null)
                : as(agencyAndPerson.substring(0, slash), agencyAndPerson.substring(slash + 1));
    }

    /** The same client, calling as {@code agencyId} with {@code person} (or none) in {@code X-Actor}. */
    public ZoneHttp as(String agencyId, String person) {
        return new ZoneHttp(client, issuer, agencyId, person, null);
    }

    /** The same client without any token, as an outsider calls. */
    public ZoneHttp anonymous() {
        return new ZoneHttp(client, issuer, null, null, null);
    }

    /** The same client sending exactly this bearer token (a forged, expired or foreign one, say). */
    public ZoneHttp withToken(String token) {
        return new ZoneHttp(client, issuer, null, null, token);
    }

    private ZoneIssuer issuer() {
        return issuer != null ? issuer : ZoneIssuer.shared();
    }

    public Response get(String path, String... headers) {
        return send(HttpMethod.GET, path, null, null, headers);
    }

    /**
     * Every part of a list, from {@code path} on, following each answer's {@code Link: <…>; rel="next"} as a caller
     * does; each must answer 200.
     */
    public List<Response> getEveryPage(String path) {
        List<Response> pages = new ArrayList<>();
        for (String next = path; next != null; next = HostileRequests.nextLink(pages.getLast())) {
            Response page = get(next);
            if (page.status() != 200) {
                throw new AssertionError("GET " + next + ": " + page);
            }
            pages.add(page);
        }
        return pages;
    }

    public Response post(String path, String json, String... headers) {
        return send(HttpMethod.POST, path, MediaType.APPLICATION_JSON, json, headers);
    }

    public Response put(String path, String json, String... headers) {
        return send(HttpMethod.PUT, path, MediaType.APPLICATION_JSON, json, headers);
    }

    /** Any request; {@code headers} are name, value pairs. */
    public Response send(HttpMethod method, String path, MediaType contentType, String body, String... headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        String token = rawToken != null ? rawToken : agency != null ? issuer().token(agency) : null;
        if (token != null && !namesHeader(headers, "Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        if (person != null) {
            request.header("X-Actor", person);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static boolean namesHeader(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** A response as the caller sees it. */
    public record Response(int status, HttpHeaders headers, String body) {

        public <T> T json(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }

        public String etag() {
            return headers.getETag();
        }

        public String contentType() {
            return headers.getContentType() == null ? null : headers.getContentType().toString();
        }

        /** The fields a problem detail names, in order. */
        public List<String> problemFields() {
            List<Object> fields = JsonPath.read(body, "$.errors[*].field");
            List<String> names = new ArrayList<>();
            fields.forEach(field -> names.add(String.valueOf(field)));
            return names;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
