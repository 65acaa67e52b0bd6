package zone.xianggan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;
import zone.xianggan.testsupport.ContainerImages;
import zone.xianggan.testsupport.EnabledWithDocker;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The registry on what production runs — Apache Kafka in KRaft mode and PostgreSQL — in containers, where a Docker
 * engine answers: the official images, or the stand-ins {@link ContainerImages} is told of.
 */
@EnabledWithDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryContainersIT {

    final KafkaContainer kafka = new KafkaContainer(ContainerImages.kafka());
    final PostgreSQLContainer postgres = new PostgreSQLContainer(ContainerImages.postgres());
    ConfigurableApplicationContext registry;

    @BeforeAll
    void start() {
        kafka.start();
        postgres.start();
        registry = new SpringApplicationBuilder(RegistryApplication.class).run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.getBootstrapServers(),
                "--spring.datasource.url=" + postgres.getJdbcUrl(),
                "--spring.datasource.username=" + postgres.getUsername(),
                "--spring.datasource.password=" + postgres.getPassword(),
                "--zone.identity.issuer=" + ZoneIssuer.shared().issuer());
    }

    @AfterAll
    void stop() {
        if (registry != null) {
            registry.close();
        }
        kafka.stop();
        postgres.stop();
    }

    @Test
    void publishesASnapshotOfEachOfTheTwentyFourSeededUnits() {
        ZoneHttp http = ZoneHttp.at("http://127.0.0.1:" + registry.getEnvironment().getProperty("local.server.port"));
        assertThat(http.get("/api/v1/counties").<List<String>>json("$[*].code")).hasSize(24);

        try (TopicRecorder topic = TopicRecorder.record(kafka.getBootstrapServers(), Topics.REGISTRY_COUNTIES_V1)) {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> topic.events(ofType(EventType.COUNTY_REGISTERED.ceType())).size() == 24);
            topic.records().forEach(record -> ZoneEventAssertions.assertValidZoneEvent(record,
                    "/xianggan/registry-service"));
        }
    }
}
