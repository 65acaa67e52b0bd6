package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.ProjectRoot;

/**
 * Checks docker-compose.yml against the services as built, where no Docker engine is needed: a renamed property, a
 * moved jar or a misspelt database makes it fail here, in every build, rather than at {@code docker compose up}
 * (which CI runs for real: {@code ComposeZoneContainersIT}). An integration test because it reads the exec jars,
 * which exist only after the services' package phase.
 */
class DockerComposeIT {

    private static final Path ROOT = ProjectRoot.path();
    private static final Pattern DATASOURCE_URL = Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)");

    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = map(compose, "services");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void publishesTheContractsPortAsTheOneTheServiceListensOn(Kind kind) {
        Map<String, Object> service = service(kind.serviceName());
        assertThat(list(service, "ports")).as(kind.serviceName() + " ports")
                .containsExactly(kind.defaultPort() + ":" + kind.defaultPort());
        assertThat(environment(service)).containsEntry("SERVER_PORT", Integer.toString(kind.defaultPort()));
    }

    /** By Spring's relaxed binding of environment variables, against the configuration metadata in the exec jar. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyEnvironmentVariableSetsAPropertyTheServiceHas(Kind kind) throws IOException {
        Map<String, String> environment = environment(service(kind.serviceName()));
        Map<String, String> identity = environment(service("identity-service"));
        if (kind == Kind.DASHBOARD) {
            // No database of its own; the services' URLs inside the compose network, and its own agency.
            assertThat(environment).containsKeys("SERVER_PORT", "SPRING_KAFKA_BOOTSTRAP_SERVERS")
                    .doesNotContainKey("SPRING_DATASOURCE_URL")
                    .containsEntry("ZONE_DASHBOARD_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("ZONE_DASHBOARD_ISSUER", identity.get("ZONE_IDENTITY_ISSUER"));
            for (Kind read : Kind.DATA_SERVICES) {
                assertThat(environment).containsEntry("ZONE_DASHBOARD_" + read.name(), "http://"
                        + read.serviceName() + ":" + read.defaultPort());
            }
            assertThat(environment.get("ZONE_DASHBOARD_CLIENT_SECRET")).as("the dashboard's agency secret")
                    .isEqualTo(identity.get("ZONE_IDENTITY_SEEDSECRETS_ZONEDASHBOARD").replaceAll(":\\?.*}$", "}"));
        } else {
            assertThat(environment).containsKeys("SERVER_PORT", "SPRING_DATASOURCE_URL",
                    "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "ZONE_IDENTITY_ISSUER");
        }
        if (kind == Kind.IDENTITY) {
            assertThat(environment).containsKey("ZONE_IDENTITY_KAFKA_BOOTSTRAP_SERVERS");
        } else if (kind != Kind.DASHBOARD) {
            assertThat(environment).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "ZONE_KAFKA_REPLICATION_FACTOR")
                    .containsEntry("ZONE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("ZONE_IDENTITY_ISSUER", identity.get("ZONE_IDENTITY_ISSUER"));
            assertThat(environment.get("ZONE_IDENTITY_CLIENT_SECRET")).as("%s's agency secret", kind.serviceName())
                    .isEqualTo(identity.get("ZONE_IDENTITY_SEEDSECRETS_"
                            + kind.serviceName().replace("-", "").toUpperCase()).replaceAll(":\\?.*}$", "}"));
        }

        Set<String> properties = configurationProperties(kind.jar(ROOT));
        assertThat(properties.stream().anyMatch(name -> name.startsWith("zone.")))
                .as("%s carries the metadata of the zone's own properties (spring-boot-configuration-processor)",
                        kind.jar(ROOT).getFileName())
                .isTrue();
        for (String variable : environment.keySet()) {
            assertThat(propertiesSetBy(variable, properties))
                    .as("%s in %s sets no configuration property %s has", variable, kind.serviceName(),
                            kind.serviceName())
                    .isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void isBuiltFromTheServicesDockerfileAroundTheJarTheBuildMakes(Kind kind) throws IOException {
        Map<String, Object> build = map(service(kind.serviceName()), "build");
        Path context = ROOT.resolve((String) build.get("context")).normalize();
        assertThat(context).isEqualTo(ROOT.resolve(kind.serviceName()));
        Path dockerfile = context.resolve((String) build.getOrDefault("dockerfile", "Dockerfile")).normalize();
        assertThat(dockerfile).as("one Dockerfile for every service")
                .isEqualTo(ROOT.resolve("docker/service/Dockerfile"));

        List<String> lines = Files.readAllLines(dockerfile, StandardCharsets.UTF_8);
        // The official Java 21 runtime unless the build argument names a stand-in (docker/build-local-images.sh).
        assertThat(lines).contains("ARG JRE_IMAGE=eclipse-temurin:21-jre", "FROM ${JRE_IMAGE}");
        Map<String, Object> arguments = map(build, "args");
        assertThat(arguments).containsEntry("JRE_IMAGE", "${ZONE_JRE_IMAGE:-eclipse-temurin:21-jre}")
                .containsEntry("SERVICE", kind.serviceName())
                .containsEntry("PORT", environment(service(kind.serviceName())).get("SERVER_PORT"));
        List<Path> copied = lines.stream().filter(line -> line.startsWith("COPY "))
                .map(line -> Arrays.stream(line.split("\\s+")).skip(1).filter(word -> !word.startsWith("--"))
                        .findFirst().orElseThrow())
                .map(source -> context.resolve(source.replace("${SERVICE}", kind.serviceName())).normalize())
                .toList();
        assertThat(copied).as(dockerfile + " copies").containsExactly(kind.jar(ROOT));
        assertThat(kind.jar(ROOT)).isRegularFile();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void isHealthyWhenReady(Kind kind) {
        Map<String, Object> service = service(kind.serviceName());
        // The broker needs the issuer's keys to start, and the issuer's readiness waits for the broker's ACLs:
        // the issuer is healthy once it serves.
        String probe = kind == Kind.IDENTITY ? "liveness" : "readiness";
        assertThat(String.join(" ", list(map(service, "healthcheck"), "test")))
                .contains("localhost:" + environment(service).get("SERVER_PORT") + "/actuator/health/" + probe);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void startsOnceWhatItNeedsIsHealthy(Kind kind) {
        Map<String, Object> dependsOn = map(service(kind.serviceName()), "depends_on");
        if (kind == Kind.IDENTITY) {
            // Not the broker: the broker needs the issuer's keys to start.
            assertThat(dependsOn).containsOnlyKeys("postgres");
        } else if (kind == Kind.DASHBOARD) {
            // It needs a token and the broker to start; the services it reads may come after it.
            assertThat(dependsOn).containsOnlyKeys("identity-service", "kafka");
        } else {
            assertThat(dependsOn).containsOnlyKeys("identity-service", "kafka", "postgres");
        }
        dependsOn.values().forEach(condition -> assertThat(condition).isEqualTo(Map.of("condition", "service_healthy")));
    }

    @Test
    void kafkaIsTheOfficialImageInKRaftMode() {
        Map<String, Object> kafka = service("kafka");
        // The same Kafka release as run-local.sh runs: the one Spring Boot manages (kafka-clients here, kafka-libs there).
        // The official image unless ZONE_KAFKA_IMAGE names a stand-in (docker/build-local-images.sh).
        assertThat(kafka.get("image")).isEqualTo("${ZONE_KAFKA_IMAGE:-apache/kafka:" + AppInfoParser.getVersion() + "}");
        Map<String, String> environment = environment(kafka);
        assertThat(environment.get("KAFKA_PROCESS_ROLES").split(",")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(environment).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS").doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
        assertThat(kafka).containsKey("healthcheck");
    }

    @Test
    void theServicesUseAListenerKafkaAdvertises() {
        List<String> advertised = Arrays.stream(environment(service("kafka")).get("KAFKA_ADVERTISED_LISTENERS")
                .split(","))
                .map(listener -> listener.substring(listener.indexOf("://") + 3)).toList();
        for (Kind kind : Kind.DATA_SERVICES) {
            assertThat(advertised).contains(environment(service(kind.serviceName())).get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        }
        assertThat(advertised).contains(environment(service("identity-service"))
                .get("ZONE_IDENTITY_KAFKA_BOOTSTRAP_SERVERS"));
    }

    @Test
    void kafkaAdmitsAgenciesOnly() {
        Map<String, String> environment = environment(service("kafka"));
        assertThat(environment.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(","))
                .allSatisfy(listener -> assertThat(listener).contains(":SASL_"));
        assertThat(environment).containsEntry("KAFKA_SASL_OAUTHBEARER_EXPECTED_AUDIENCE", "xianggan-zone")
                .containsEntry("KAFKA_SASL_OAUTHBEARER_EXPECTED_ISSUER",
                        environment(service("identity-service")).get("ZONE_IDENTITY_ISSUER"));
        assertThat(environment.get("KAFKA_OPTS")).contains(environment.get("KAFKA_SASL_OAUTHBEARER_JWKS_ENDPOINT_URL"));
    }

    @Test
    void kafkaAllowsAnAgencyOnlyWhatItsAclsGrant() {
        Map<String, String> environment = environment(service("kafka"));
        assertThat(environment).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false");
        assertThat(environment.get("KAFKA_SUPER_USERS").split(";")).containsExactlyInAnyOrder("User:zone-broker",
                "User:identity-service");
    }

    @Test
    void eachServiceLogsIntoADatabaseOfItsOwnThatTheInitScriptCreates() throws IOException {
        Map<String, Object> postgres = service("postgres");
        assertThat((String) postgres.get("image")).startsWith("${ZONE_POSTGRES_IMAGE:-postgres:");
        String initMount = list(postgres, "volumes").stream().filter(v -> v.contains(":/docker-entrypoint-initdb.d/"))
                .findFirst().orElseThrow(() -> new AssertionError("postgres mounts no init script"));
        String script = Files.readString(ROOT.resolve(initMount.substring(0, initMount.indexOf(':'))));
        Map<String, String> ownerByDatabase = groups(script, "CREATE DATABASE (\\w+) OWNER (\\w+);");
        Map<String, String> passwordByRole = groups(script, "CREATE ROLE (\\w+) LOGIN PASSWORD '([^']*)';");

        Set<String> databases = new HashSet<>();
        for (Kind kind : Kind.values()) {
            if (kind == Kind.DASHBOARD) {
                continue; // it holds no data
            }
            Map<String, String> environment = environment(service(kind.serviceName()));
            Matcher url = DATASOURCE_URL.matcher(environment.get("SPRING_DATASOURCE_URL"));
            assertThat(url.matches()).as(kind.serviceName() + " datasource URL").isTrue();
            assertThat(url.group(1)).isEqualTo("postgres");
            String database = url.group(2);
            assertThat(ownerByDatabase).as("databases the init script creates").containsKey(database);
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(ownerByDatabase.get(database));
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(passwordByRole.get(ownerByDatabase.get(database)));
            assertThat(databases.add(database)).as("one database per service: " + database).isTrue();
        }
    }

    /**
     * Which of {@code properties} an environment variable sets, as Spring binds the system environment: the property
     * itself, or an entry of it where it is a map ({@code ZONE_IDENTITY_SEEDSECRETS_REGISTRYSERVICE}).
     */
    private static List<String> propertiesSetBy(String variable, Set<String> properties) {
        ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.<String, Object>of(variable, "value")));
        List<ConfigurationPropertyName> set = ((IterableConfigurationPropertySource) source).stream().toList();
        return properties.stream().filter(ConfigurationPropertyName::isValid)
                .filter(name -> source.getConfigurationProperty(ConfigurationPropertyName.of(name)) != null
                        || set.stream().anyMatch(ConfigurationPropertyName.of(name)::isAncestorOf))
                .toList();
    }

    /** Every property named in the configuration metadata of the exec jar: its own classes and every library in it. */
    private static Set<String> configurationProperties(Path execJar) throws IOException {
        Set<String> names = new HashSet<>();
        try (JarFile jar = new JarFile(execJar.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                // Spring Boot 4 keeps the application's own META-INF at the jar's root; earlier, under BOOT-INF/classes.
                if (entry.getName().equals("META-INF/spring-configuration-metadata.json")
                        || entry.getName().equals("BOOT-INF/classes/META-INF/spring-configuration-metadata.json")) {
                    names.addAll(propertyNames(jar.getInputStream(entry).readAllBytes()));
                } else if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (JarInputStream library = new JarInputStream(jar.getInputStream(entry))) {
                        for (JarEntry inner; (inner = library.getNextJarEntry()) != null;) {
                            if (inner.getName().equals("META-INF/spring-configuration-metadata.json")) {
                                names.addAll(propertyNames(library.readAllBytes()));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    private static List<String> propertyNames(byte[] metadata) {
        return JsonPath.parse(new String(metadata, StandardCharsets.UTF_8)).read("$.properties[*].name");
    }

    private static Map<String, String> groups(String text, String regex) {
        Map<String, String> pairs = new HashMap<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            pairs.put(matcher.group(1), matcher.group(2));
        }
        return pairs;
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("services in docker-compose.yml").containsKey(name);
        return map(services, name);
    }

    /** A service's environment in map form, values as text (YAML reads {@code 8081} as a number). */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service, "environment").forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) parent.get(key);
    }

    private static List<String> list(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as(key).isInstanceOf(List.class);
        return ((List<?>) parent.get(key)).stream().map(String::valueOf).toList();
    }
}
