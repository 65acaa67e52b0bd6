package zone.xianggan.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * identity-service's settings as application.yml gives them: tokens live 5 minutes, clocks may drift by 1, so that a
 * retired key stays published for 6; the signing key is replaced after 30 days.
 */
public final class IssuerSettings {

    public static final Duration KEY_ROTATION_PERIOD = Duration.ofDays(30);

    private IssuerSettings() {
    }

    public static IssuerProperties defaults() {
        return withSeedSecrets(Map.of());
    }

    public static IssuerProperties withSeedSecrets(Map<String, String> seedSecrets) {
        return new IssuerProperties("http://127.0.0.1:8084/", Duration.ofMinutes(5), Duration.ofMinutes(1),
                KEY_ROTATION_PERIOD, Duration.ofHours(1), null, null, seedSecrets, List.of(),
                new IssuerProperties.Kafka(null, "SASL_PLAINTEXT", null, null, Duration.ofMinutes(10)));
    }
}
