package zone.xianggan.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.replica.SampleCounties.county;
import static zone.xianggan.replica.SampleCounties.renamed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.testsupport.Prometheus;
import zone.xianggan.testsupport.TestDatabase;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The replica across restarts of its service, on one database and one consumer group: a replica that holds data
 * resumes from the group's committed offsets; an empty one (a new or restored database) reads the whole compacted
 * topic again although the group has committed offsets.
 */
@EmbeddedKafka(partitions = 3)
class ReplicaRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GROUP = "replica-restart";

    private final TestDatabase database = TestDatabase.fresh("replica-restart");

    @Test
    void anEmptyReplicaReadsTheTopicFromItsBeginningWhateverTheGroupCommitted(EmbeddedKafkaBroker kafka)
            throws Exception {
        CountySnapshot liling = county("430281", "醴陵市", "Liling", "COUNTY_LEVEL_CITY");
        CountySnapshot chaling = county("430224", "茶陵县", "Chaling County", "COUNTY");
        CountySnapshot lianhua = county("360321", "莲花县", "Lianhua County", "COUNTY");
        CountySnapshot gaoan = county("360983", "高安市", "Gao'an", "COUNTY_LEVEL_CITY");
        try (RegistryTopic registry = RegistryTopic.at(kafka.getBrokersAsString())) {
            try (ConfigurableApplicationContext first = start(kafka)) {
                ZoneHttp http = http(first);
                List.of(liling, chaling, lianhua, renamed(liling, "Liling City", 2)).forEach(registry::publish);
                await().atMost(WAIT).until(() -> codes(http).equals(List.of("360321", "430224", "430281"))
                        && "\"2\"".equals(http.get("/api/v1/counties/430281").etag()));
            }
            await().atMost(WAIT).until(() -> committedRecords(kafka) == 4);

            try (ConfigurableApplicationContext second = start(kafka)) {
                ZoneHttp http = http(second);
                registry.publish(gaoan);
                await().atMost(WAIT).until(() -> codes(http).contains("360983"));
                Prometheus metrics = Prometheus.scrape(http);
                assertThat(metrics.sum("zone_replica_applied_total")).as("resumed, not replayed").isEqualTo(1);
                assertThat(metrics.sum("zone_replica_ignored_total")).as("resumed, not replayed").isZero();
            }
            await().atMost(WAIT).until(() -> committedRecords(kafka) == 5);
        }

        new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()))
                .update("DELETE FROM county_replica");

        try (ConfigurableApplicationContext third = start(kafka)) {
            ZoneHttp http = http(third);
            await().atMost(WAIT).until(() -> codes(http).equals(List.of("360321", "360983", "430224", "430281")));
            assertThat(http.get("/api/v1/counties/430281").etag()).isEqualTo("\"2\"");
            assertThat(http.get("/api/v1/counties/430281").<String>json("$.nameEn")).isEqualTo("Liling City");
            assertThat(Prometheus.scrape(http).sum("zone_replica_applied_total")).isEqualTo(5);
        }
    }

    /** The service, as a deployment starts it: its own database and group, the broker of the test. */
    private ConfigurableApplicationContext start(EmbeddedKafkaBroker kafka) {
        List<String> arguments = new ArrayList<>(List.of("--spring.application.name=" + GROUP, "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--zone.identity.issuer=" + ZoneIssuer.shared().issuer()));
        database.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(ReplicaTestApplication.class).run(arguments.toArray(String[]::new));
    }

    private static ZoneHttp http(ConfigurableApplicationContext service) {
        return ZoneHttp.at("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
    }

    private static List<String> codes(ZoneHttp http) {
        return http.get("/api/v1/counties").json("$[*].code");
    }

    /** How many records of the topic the group has committed as processed. */
    private static long committedRecords(EmbeddedKafkaBroker kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString()))) {
            return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum();
        }
    }
}
