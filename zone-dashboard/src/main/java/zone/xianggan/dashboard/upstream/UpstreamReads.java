package zone.xianggan.dashboard.upstream;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads a part of a service's API as the dashboard's agency, and answers what the service answered. */
public class UpstreamReads {

    private final RestClient client;
    private final Map<Upstream, URI> bases;

    UpstreamReads(RestClient client, Map<Upstream, URI> bases) {
        this.client = client;
        this.bases = Map.copyOf(bases);
    }

    /**
     * @param path  a path {@link Upstream#mayRead} allows
     * @param query the query as the page sent it, still encoded; null for none
     * @throws UpstreamUnavailableException where the service does not answer
     */
    public Reply get(Upstream service, String path, String query) {
        // As a URI, not a template: the query is passed on as the page encoded it.
        URI uri = URI.create(bases.get(service) + path + (query == null || query.isEmpty() ? "" : "?" + query));
        try {
            return client.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> new Reply(response.getStatusCode(),
                            response.getHeaders().getContentType(), response.getHeaders().getFirst(HttpHeaders.LINK),
                            response.getBody().readAllBytes()));
        } catch (RestClientException unavailable) {
            throw new UpstreamUnavailableException(service, unavailable);
        }
    }

    /** What the service answered: its status, its body and the header that links to the next page. */
    public record Reply(HttpStatusCode status, MediaType contentType, String link, byte[] body) {
    }
}
