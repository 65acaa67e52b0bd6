package zone.xianggan.dashboard;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dashboard finds the zone, and who it is there ({@code zone.dashboard.*}).
 *
 * @param issuer                the zone's issuer, where the dashboard's agency gets its tokens
 * @param clientId              the dashboard's agency, a subscriber with the right to read the zone
 * @param clientSecret          its secret, as identity-service seeded it
 * @param registry              registry-service's base URL
 * @param indicators            indicators-service's base URL
 * @param cooperation           cooperation-service's base URL
 * @param kafkaSecurityProtocol {@code SASL_PLAINTEXT} (or {@code SASL_SSL}) against the zone's secured broker
 * @param livePagesLimit        pages one instance streams live events to at once; each holds a connection open,
 *                              and more pages are served by more instances
 */
@ConfigurationProperties("zone.dashboard")
public record DashboardProperties(
        @DefaultValue("http://127.0.0.1:8084") String issuer,
        @DefaultValue("zone-dashboard") String clientId,
        String clientSecret,
        @DefaultValue("http://127.0.0.1:8081") URI registry,
        @DefaultValue("http://127.0.0.1:8082") URI indicators,
        @DefaultValue("http://127.0.0.1:8083") URI cooperation,
        @DefaultValue("PLAINTEXT") String kafkaSecurityProtocol,
        @DefaultValue("500") int livePagesLimit) {
}
