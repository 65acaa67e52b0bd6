package zone.xianggan.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.utility.DockerImageName;

/**
 * The images of the Testcontainers tests: the official ones, unless a stand-in is named — as
 * {@code docker/build-local-images.sh} builds where no public registry answers — by a system property
 * ({@code -Dzone.test.kafka-image=zone-local/kafka:4.1.2}) or by the environment variable docker-compose.yml reads
 * ({@code ZONE_KAFKA_IMAGE}; {@code docker/local-images.env} sets them all).
 */
public final class ContainerImages {

    public static final String KAFKA_PROPERTY = "zone.test.kafka-image";
    public static final String POSTGRES_PROPERTY = "zone.test.postgres-image";
    public static final String JRE_PROPERTY = "zone.test.jre-image";

    private ContainerImages() {
    }

    /** Apache Kafka of the version the zone's clients are, as the services and {@code run-local.sh} run it. */
    public static DockerImageName kafka() {
        return image(KAFKA_PROPERTY, "ZONE_KAFKA_IMAGE", "apache/kafka:" + AppInfoParser.getVersion(), "apache/kafka");
    }

    /** PostgreSQL, as docker-compose.yml runs it. */
    public static DockerImageName postgres() {
        return image(POSTGRES_PROPERTY, "ZONE_POSTGRES_IMAGE", "postgres:17", "postgres");
    }

    /**
     * The stand-ins named, as docker-compose.yml's variables ({@code ZONE_KAFKA_IMAGE}, {@code ZONE_POSTGRES_IMAGE},
     * {@code ZONE_JRE_IMAGE}): none where the official images are to be used.
     */
    public static Map<String, String> composeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        named(KAFKA_PROPERTY, "ZONE_KAFKA_IMAGE").ifPresent(image -> variables.put("ZONE_KAFKA_IMAGE", image));
        named(POSTGRES_PROPERTY, "ZONE_POSTGRES_IMAGE").ifPresent(image -> variables.put("ZONE_POSTGRES_IMAGE", image));
        named(JRE_PROPERTY, "ZONE_JRE_IMAGE").ifPresent(image -> variables.put("ZONE_JRE_IMAGE", image));
        return variables;
    }

    private static DockerImageName image(String property, String variable, String official, String standsInFor) {
        return named(property, variable).map(image -> DockerImageName.parse(image).asCompatibleSubstituteFor(standsInFor))
                .orElseGet(() -> DockerImageName.parse(official));
    }

    private static Optional<String> named(String property, String variable) {
        return Stream.of(System.getProperty(property), System.getenv(variable)).filter(Objects::nonNull)
                .map(String::strip).filter(image -> !image.isEmpty()).findFirst();
    }
}
