package zone.xianggan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

class OpenApiDescriptionTest {

    private static final ApiDocumentProperties REGISTRY = new ApiDocumentProperties("Xiang-Gan Zone registry-service",
            "The register of the zone's units.",
            List.of(new ApiDocumentProperties.Server("http://localhost:8081", "this machine")));

    @Test
    void theDocumentIsTitledForItsServiceWithTheBuildsVersion() {
        OpenAPI document = described(REGISTRY, "1.4.2");

        assertThat(document.getInfo().getTitle()).isEqualTo("Xiang-Gan Zone registry-service");
        assertThat(document.getInfo().getVersion()).isEqualTo("1.4.2");
        assertThat(document.getInfo().getDescription()).isEqualTo("The register of the zone's units.");
    }

    @Test
    void theServersAreTheConfiguredOnesNotAGuessFromTheRequest() {
        OpenAPI document = new OpenAPI().servers(List.of(new Server().url("http://10.0.0.7:8081")));

        customizer(REGISTRY, "1.4.2").customise(document);

        assertThat(document.getServers()).extracting(Server::getUrl).containsExactly("http://localhost:8081");
    }

    @Test
    void withoutAConfiguredDescriptionTheServicesOwnStays() {
        OpenAPI document = new OpenAPI().info(new Info().description("the issuer's own words"));

        customizer(new ApiDocumentProperties("Xiang-Gan Zone identity-service", null, null), "1.4.2")
                .customise(document);

        assertThat(document.getInfo().getDescription()).isEqualTo("the issuer's own words");
        assertThat(document.getInfo().getTitle()).isEqualTo("Xiang-Gan Zone identity-service");
    }

    @Test
    void aBuildWithoutBuildInformationSaysItsVersionIsUnknownRatherThanInventingOne() {
        assertThat(described(REGISTRY, null).getInfo().getVersion()).isEqualTo("unknown");
    }

    private static OpenAPI described(ApiDocumentProperties properties, String version) {
        OpenAPI document = new OpenAPI();
        customizer(properties, version).customise(document);
        return document;
    }

    private static OpenApiCustomizer customizer(ApiDocumentProperties properties,
            String version) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (version != null) {
            Properties build = new Properties();
            build.setProperty("version", version);
            beans.addBean("buildProperties", new BuildProperties(build));
        }
        return new OpenApiDescription().zoneApiDescription(properties, beans.getBeanProvider(BuildProperties.class));
    }
}
