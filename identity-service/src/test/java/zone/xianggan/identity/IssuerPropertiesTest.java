package zone.xianggan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IssuerPropertiesTest {

    @Test
    void aSeedSecretIsFoundByTheExactIdOrByTheIdAsAnEnvironmentVariableCanSpellIt() {
        IssuerProperties properties = properties(Map.of("hunan-drc", "exact", "zonedashboard", "relaxed",
                "zone.office", "dotted", "blank", " "));

        assertThat(properties.seedSecret("hunan-drc")).contains("exact");
        assertThat(properties.seedSecret("zone-dashboard")).contains("relaxed");
        assertThat(properties.seedSecret("zone-office")).contains("dotted");
        assertThat(properties.seedSecret("blank")).isEmpty();
        assertThat(properties.seedSecret("liuyang")).isEmpty();
    }

    @Test
    void aRetiredKeyIsPublishedForATokenLifetimeAndTheSkew() {
        IssuerProperties properties = properties(Map.of());

        assertThat(properties.publicationAfterRetirement()).isEqualTo(Duration.ofMinutes(6));
        assertThat(properties.tokenEndpoint()).isEqualTo("http://127.0.0.1:8084/oauth2/token");
    }

    private static IssuerProperties properties(Map<String, String> seedSecrets) {
        return new IssuerProperties("http://127.0.0.1:8084/", Duration.ofMinutes(5), Duration.ofMinutes(1),
                Duration.ofDays(30), Duration.ofHours(1), null, null, seedSecrets, List.of(),
                new IssuerProperties.Kafka(null, "SASL_PLAINTEXT", null, null, Duration.ofMinutes(10)));
    }
}
