package zone.xianggan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IssuerPropertiesTest {

    @Test
    void aSeedSecretIsFoundByTheExactIdOrByTheIdAsAnEnvironmentVariableCanSpellIt() {
        IssuerProperties properties = IssuerSettings.withSeedSecrets(Map.of("hunan-drc", "exact", "zonedashboard",
                "relaxed", "zone.office", "dotted", "blank", " "));

        assertThat(properties.seedSecret("hunan-drc")).contains("exact");
        assertThat(properties.seedSecret("zone-dashboard")).contains("relaxed");
        assertThat(properties.seedSecret("zone-office")).contains("dotted");
        assertThat(properties.seedSecret("blank")).isEmpty();
        assertThat(properties.seedSecret("liuyang")).isEmpty();
    }

    @Test
    void aRetiredKeyIsPublishedForATokenLifetimePlusTheSkew() {
        IssuerProperties properties = IssuerSettings.defaults();

        assertThat(properties.publicationAfterRetirement()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void theTokenEndpointIsTheLocalIssuersByDefault() {
        IssuerProperties properties = IssuerSettings.defaults();

        assertThat(properties.tokenEndpoint()).isEqualTo("http://127.0.0.1:8084/oauth2/token");
    }
}
