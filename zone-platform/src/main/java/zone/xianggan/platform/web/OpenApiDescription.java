package zone.xianggan.platform.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document introduces its service: the title, the build's version, the description and the servers of
 * {@code zone.api.*}, instead of springdoc's "OpenAPI definition v0" and a server guessed from the request (wrong
 * behind any proxy). It changes the document's info field by field, so that a service may add to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentProperties.class)
public class OpenApiDescription {

    /** Where no build information was packaged (a build that skipped it): say so rather than invent a number. */
    static final String UNKNOWN_VERSION = "unknown";

    @Bean
    OpenApiCustomizer zoneApiDescription(ApiDocumentProperties properties, ObjectProvider<BuildProperties> build) {
        BuildProperties buildProperties = build.getIfAvailable();
        String version = buildProperties == null ? UNKNOWN_VERSION : buildProperties.getVersion();
        return openApi -> {
            Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
            openApi.info(info.title(properties.title()).version(version));
            if (properties.description() != null) {
                info.description(properties.description());
            }
            if (!properties.servers().isEmpty()) {
                openApi.servers(properties.servers().stream()
                        .map(s -> new Server().url(s.url()).description(s.description())).toList());
            }
        };
    }
}
