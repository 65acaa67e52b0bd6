package zone.xianggan.identity.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.identity.Issuer;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * The ACL reconciler against a real broker (embedded KRaft, the StandardAuthorizer, deny by default, this test and
 * identity-service connecting over PLAINTEXT as the super user ANONYMOUS): the seeded agencies' ACLs appear, and
 * follow a disablement and a change of topics made through the API; a stale ACL of a known agency is removed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zone.identity.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "zone.identity.kafka.security-protocol=PLAINTEXT", "zone.identity.kafka.reconcile-interval=1s" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaAclReconcilerIT {

    // Started before the application context, whose configuration asks whether Kafka is configured at all.
    static final EmbeddedKafkaKraftBroker BROKER = startBroker();

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    @Autowired
    Environment environment;

    Issuer issuer;

    static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of(
                "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users", "User:ANONYMOUS",
                "allow.everyone.if.no.acl.found", "false"));
        broker.afterPropertiesSet();
        return broker;
    }

    @AfterAll
    static void stopBroker() {
        BROKER.destroy();
    }

    @BeforeEach
    void issuer() {
        issuer = Issuer.at(port, properties.credentialsFile());
    }

    @Test
    @Order(1)
    void theSeededAgenciesGetExactlyTheirRights() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(acls()).hasSize(90));
        Collection<AclBinding> acls = acls();

        assertThat(acls).contains(
                topic("registry-service", "registry.counties.v1", AclOperation.WRITE),
                topic("registry-service", "registry.counties.v1", AclOperation.ALTER_CONFIGS),
                group("registry-service", "registry-service", PatternType.LITERAL),
                topic("indicators-service", "registry.counties.v1", AclOperation.READ),
                topic("indicators-service", "registry.counties.v1.indicators-service.dlt", AclOperation.WRITE),
                topic("indicators-service", "indicators.values.v1", AclOperation.WRITE),
                topic("cooperation-service", "indicators.values.v1", AclOperation.READ),
                topic("cooperation-service", "cooperation.projects.v1", AclOperation.WRITE),
                topic("demo-subscriber", "registry.counties.v1", AclOperation.READ),
                topic("demo-subscriber", "indicators.values.v1", AclOperation.DESCRIBE),
                group("demo-subscriber", "demo-subscriber", PatternType.PREFIXED),
                new AclBinding(new ResourcePattern(ResourceType.TOPIC, "demo-subscriber.", PatternType.PREFIXED),
                        entry("demo-subscriber", AclOperation.WRITE)),
                topic("zone-dashboard", "cooperation.projects.v1", AclOperation.READ),
                topic("zone-operator", "*", AclOperation.DESCRIBE));
        assertThat(acls).doesNotContain(
                topic("indicators-service", "registry.counties.v1", AclOperation.WRITE),
                topic("demo-subscriber", "cooperation.projects.v1", AclOperation.READ),
                topic("demo-subscriber", "registry.counties.v1", AclOperation.WRITE),
                topic("zone-operator", "*", AclOperation.READ));
        assertThat(acls).extracting(acl -> acl.entry().principal()).doesNotContain("User:liuyang",
                "User:hunan-drc", "User:zone-office", "User:identity-service");
        assertThat(acls).allSatisfy(acl -> {
            assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(acl.entry().host()).isEqualTo("*");
        });

        ZoneHttp.Response health = issuer.http().get("/actuator/health", issuer.bearer("zone-operator"));
        assertThat(health.<String>json("$.components.kafkaAccess.status")).isEqualTo("UP");
        assertThat(health.<Integer>json("$.components.kafkaAccess.details.aclsHeld")).isEqualTo(90);
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,kafkaAccess");
        assertThat(issuer.http().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(issuer.http().get("/actuator/prometheus", issuer.bearer("zone-operator")).body())
                .containsPattern("zone_identity_kafka_acls_reconciled\\{[^}]*} 1\\.0");
    }

    @Test
    void aDisabledSubscriberHasNoAclsUntilEnabledAgain() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(acls(principal("demo-subscriber")))
                .isNotEmpty());

        String demo = issuer.http().get("/api/v1/agencies/demo-subscriber", issuer.bearer("zone-office")).etag();
        assertThat(issuer.http().post("/api/v1/agencies/demo-subscriber/disablement", "{\"reason\": \"test\"}",
                issuer.bearer("zone-office", "If-Match", demo)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acls(principal("demo-subscriber")))
                .isEmpty());

        String disabled = issuer.http().get("/api/v1/agencies/demo-subscriber", issuer.bearer("zone-office")).etag();
        assertThat(issuer.http().post("/api/v1/agencies/demo-subscriber/enablement", "{\"reason\": \"test\"}",
                issuer.bearer("zone-office", "If-Match", disabled)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acls(principal("demo-subscriber")))
                .contains(topic("demo-subscriber", "registry.counties.v1", AclOperation.READ)));
    }

    @Test
    void aSubscribersAclsFollowItsChangedTopics() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(acls(principal("zone-dashboard")))
                .contains(topic("zone-dashboard", "cooperation.projects.v1", AclOperation.READ)));

        String dashboard = issuer.http().get("/api/v1/agencies/zone-dashboard", issuer.bearer("zone-office")).etag();
        assertThat(issuer.http().put("/api/v1/agencies/zone-dashboard/topics",
                "{\"topics\": [\"registry.counties.v1\"], \"reason\": \"test\"}",
                issuer.bearer("zone-office", "If-Match", dashboard)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Collection<AclBinding> dashboardAcls = acls(principal("zone-dashboard"));
            assertThat(dashboardAcls).contains(topic("zone-dashboard", "registry.counties.v1", AclOperation.READ))
                    .doesNotContain(topic("zone-dashboard", "cooperation.projects.v1", AclOperation.READ),
                            topic("zone-dashboard", "indicators.values.v1", AclOperation.READ));
        });
    }

    @Test
    void onlyTheStaleAclsOfAgenciesItKnowsAreRemoved() throws Exception {
        AclBinding forged = topic("liuyang", "registry.counties.v1", AclOperation.WRITE);
        AclBinding strangers = topic("someone-else", "registry.counties.v1", AclOperation.READ);
        try (Admin admin = admin()) {
            admin.createAcls(List.of(forged, strangers)).all().get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acls(principal("liuyang"))).isEmpty());
        assertThat(acls(principal("someone-else"))).containsExactly(strangers);
    }

    private static AclBinding topic(String agency, String topic, AclOperation operation) {
        return new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                entry(agency, operation));
    }

    private static AclBinding group(String agency, String group, PatternType pattern) {
        return new AclBinding(new ResourcePattern(ResourceType.GROUP, group, pattern),
                entry(agency, AclOperation.READ));
    }

    private static AccessControlEntry entry(String agency, AclOperation operation) {
        return new AccessControlEntry("User:" + agency, "*", operation, AclPermissionType.ALLOW);
    }

    private static AclBindingFilter principal(String agency) {
        return new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter("User:" + agency, null,
                AclOperation.ANY, AclPermissionType.ANY));
    }

    /** The ACLs of the agencies identity-service knows (none of a stranger's). */
    private static Collection<AclBinding> acls() throws Exception {
        return acls(AclBindingFilter.ANY).stream()
                .filter(acl -> !acl.entry().principal().equals("User:someone-else")).toList();
    }

    private static Collection<AclBinding> acls(AclBindingFilter filter) throws Exception {
        try (Admin admin = admin()) {
            return admin.describeAcls(filter).values().get(30, TimeUnit.SECONDS);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString()));
    }
}
