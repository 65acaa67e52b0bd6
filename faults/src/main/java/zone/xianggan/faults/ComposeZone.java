package zone.xianggan.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.DockerComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.localstack.AgencyCredentials;
import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.ContainerImages;
import zone.xianggan.testsupport.ProjectRoot;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * A compose file of the repository brought up with {@code docker-compose up --build}, every container healthy, with
 * fresh secrets (what docker/zone-secrets.sh would write) and the images {@link ContainerImages} names; taken down
 * with its volumes by {@link #close()}. Calls reach the services on the ports the file publishes.
 */
public final class ComposeZone implements AutoCloseable {

    // Eleven containers on two cores: the cluster benchmark measured 476 s from up to all healthy on a busy machine,
    // and a CI run on this kind of machine went past 6 minutes.
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(10);

    private final DockerComposeContainer<?> compose;
    private final Path credentials;
    private final ZoneIssuer issuer;

    private ComposeZone(DockerComposeContainer<?> compose, Path credentials) {
        this.compose = compose;
        this.credentials = credentials;
        this.issuer = ZoneIssuer.attach(issuerUrl(), credentials);
    }

    public static ComposeZone up(String file, List<String> services) {
        DockerComposeContainer<?> compose = new DockerComposeContainer<>(ProjectRoot.path().resolve(file).toFile())
                .withBuild(true)
                .withPull(false)
                .withEnv(environment())
                .withTailChildContainers(false);
        for (String service : services) {
            compose.waitingFor(service, Wait.forHealthcheck().withStartupTimeout(HEALTHY_WITHIN));
        }
        compose.start();
        try {
            Path credentials = Files.createTempFile("compose-credentials", ".json");
            container(compose, "identity-service").copyFileFromContainer("/app/.zone-data/credentials.json",
                    credentials.toString());
            return new ComposeZone(compose, credentials);
        } catch (IOException e) {
            compose.stop();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            compose.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service on {@code port} of this host, called as the agencies ZoneHttp names. */
    public ZoneHttp http(int port) {
        return ZoneHttp.at("http://localhost:" + port, issuer);
    }

    public ZoneHttp http(Kind kind) {
        return http(kind.defaultPort());
    }

    /** What a Kafka client on this host needs to log in to the compose file's brokers as a seeded agency. */
    public Map<String, Object> kafkaClientAs(String agency) {
        return new HashMap<>(AgencyKafkaLogin.settings("SASL_PLAINTEXT", AgencyKafkaLogin.tokenEndpoint(issuerUrl()),
                agency, AgencyCredentials.secretOf(credentials, agency)));
    }

    public ContainerState container(String service) {
        return container(compose, service);
    }

    @Override
    public void close() {
        compose.stop();
    }

    private static String issuerUrl() {
        return "http://localhost:" + Kind.IDENTITY.defaultPort();
    }

    private static ContainerState container(DockerComposeContainer<?> compose, String service) {
        return compose.getContainerByServiceName(service).or(() -> compose.getContainerByServiceName(service + "_1"))
                .orElseThrow(() -> new IllegalArgumentException("no container of " + service));
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        for (String secret : List.of("ZONE_KAFKA_BROKER_PASSWORD", "ZONE_REGISTRY_SERVICE_SECRET",
                "ZONE_INDICATORS_SERVICE_SECRET", "ZONE_COOPERATION_SERVICE_SECRET", "ZONE_DASHBOARD_SECRET")) {
            environment.put(secret, randomSecret());
        }
        environment.putAll(ContainerImages.composeVariables());
        return environment;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
