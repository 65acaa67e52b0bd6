package zone.xianggan.identity;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A setting that depends on another, beyond the zone's shared defaults (zone-platform's {@code ZoneDefaults}):
 * readiness waits for Kafka's ACLs only where identity-service manages a broker at all.
 */
public class IdentityDefaults implements EnvironmentPostProcessor {

    static final String KAFKA_SERVERS = "zone.identity.kafka.bootstrap-servers";
    static final String READINESS_GROUP = "management.endpoint.health.group.readiness.include";
    static final String KAFKA_ACCESS = "kafkaAccess";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String kafka = environment.getProperty(KAFKA_SERVERS);
        String readiness = environment.getProperty(READINESS_GROUP, "readinessState");
        if (kafka != null && !kafka.isBlank() && !readiness.contains(KAFKA_ACCESS)) {
            environment.getPropertySources().addFirst(new MapPropertySource("zone-identity-derived",
                    Map.of(READINESS_GROUP, readiness + "," + KAFKA_ACCESS)));
        }
    }
}
