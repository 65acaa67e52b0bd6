package zone.xianggan.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says it is ({@code zone.api.*}): its title, what it does, and the servers a caller
 * reaches it at. The version is the build's.
 *
 * @param description Markdown, as OpenAPI allows; null leaves the description to the service's own customizer
 * @param servers     where callers reach the service, first the one most use
 */
@ConfigurationProperties("zone.api")
public record ApiDocumentProperties(String title, String description, List<Server> servers) {

    public ApiDocumentProperties {
        servers = servers == null ? List.of() : List.copyOf(servers);
    }

    public record Server(String url, String description) {
    }
}
