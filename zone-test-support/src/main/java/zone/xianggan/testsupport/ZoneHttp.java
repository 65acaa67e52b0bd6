package zone.xianggan.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.jayway.jsonpath.JsonPath;

/** Real HTTP to a running service, as an agency's system calls it; never throws on a 4xx or 5xx. */
public final class ZoneHttp {

    private final RestClient client;
    private final String actor;

    private ZoneHttp(RestClient client, String actor) {
        this.client = client;
        this.actor = actor;
    }

    public static ZoneHttp at(String baseUrl) {
        return new ZoneHttp(RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build(), null);
    }

    /** The same client, sending {@code X-Actor} with every request. */
    public ZoneHttp as(String actorName) {
        return new ZoneHttp(client, actorName);
    }

    public Response get(String path, String... headers) {
        return send(HttpMethod.GET, path, null, null, headers);
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
        if (actor != null) {
            request.header("X-Actor", actor);
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
