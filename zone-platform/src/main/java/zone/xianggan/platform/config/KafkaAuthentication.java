package zone.xianggan.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import zone.xianggan.events.AgencyKafkaLogin;

/**
 * Where the broker asks for it ({@code zone.kafka.security-protocol=SASL_PLAINTEXT} or {@code SASL_SSL}), every Kafka
 * client of the service (producer, consumers, admin) authenticates as the service's own agency with SASL/OAUTHBEARER:
 * Kafka's own login handler gets a token from the zone's issuer with the client-credentials grant
 * ({@code zone.identity.client-id}, default the service's name, and {@code zone.identity.client-secret}) and renews
 * it before it expires. The broker checks the token against the issuer's JWKS and authorizes the agency by its ACLs.
 */
public class KafkaAuthentication implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String protocol = environment.getProperty("zone.kafka.security-protocol", "PLAINTEXT");
        if (!protocol.startsWith("SASL_")
                || !environment.getProperty("zone.messaging.enabled", Boolean.class, Boolean.TRUE)) {
            return;
        }
        String clientId = environment.getProperty("zone.identity.client-id",
                environment.getProperty("spring.application.name"));
        String secret = environment.getProperty("zone.identity.client-secret");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("zone.kafka.security-protocol is " + protocol + ", so the service "
                    + "authenticates to Kafka as agency " + clientId + ": set zone.identity.client-secret "
                    + "(ZONE_IDENTITY_CLIENT_SECRET) to its secret");
        }
        String issuer = environment.getProperty("zone.identity.issuer", "http://127.0.0.1:8084");
        Map<String, Object> kafka = new LinkedHashMap<>();
        AgencyKafkaLogin.settings(protocol, AgencyKafkaLogin.tokenEndpoint(issuer), clientId, secret).forEach((name, value) -> kafka.put(
                name.equals("security.protocol") ? "spring.kafka.security.protocol" : "spring.kafka.properties." + name,
                value));
        environment.getPropertySources().addFirst(new MapPropertySource("zone-kafka-authentication", kafka));
    }

    /** After the platform's defaults, which may not name the protocol, and the application's own configuration. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
