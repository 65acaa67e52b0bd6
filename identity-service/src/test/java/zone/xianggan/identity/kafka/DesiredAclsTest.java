package zone.xianggan.identity.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.Topics;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.AgencyKind;

class DesiredAclsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aServiceWritesWhatItOwns() {
        assertThat(operations(indicatorsServiceAcls(), "indicators.values.v1")).containsExactlyInAnyOrder(
                AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS,
                AclOperation.ALTER_CONFIGS);
    }

    @Test
    void aServiceKeepsItsOwnDeadLetters() {
        assertThat(operations(indicatorsServiceAcls(), "registry.counties.v1.indicators-service.dlt"))
                .containsExactlyInAnyOrder(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE,
                        AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS);
    }

    @Test
    void aServiceReadsWhatItConsumesInItsOwnGroup() {
        Set<AclBinding> acls = indicatorsServiceAcls();

        assertThat(operations(acls, "registry.counties.v1")).containsExactlyInAnyOrder(AclOperation.READ,
                AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
        assertThat(operations(acls, "cooperation.projects.v1")).isEmpty();
        assertThat(acls).filteredOn(acl -> acl.pattern().resourceType() == ResourceType.GROUP).singleElement()
                .satisfies(acl -> {
                    assertThat(acl.pattern().name()).isEqualTo("indicators-service");
                    assertThat(acl.pattern().patternType()).isEqualTo(PatternType.LITERAL);
                    assertThat(acl.entry().operation()).isEqualTo(AclOperation.READ);
                });
    }

    @Test
    void aSubscriberReadsWhatItIsGranted() {
        Set<AclBinding> acls = readerOfValues();

        assertThat(operations(acls, "indicators.values.v1")).containsExactlyInAnyOrder(AclOperation.READ,
                AclOperation.DESCRIBE);
        assertThat(acls).hasSize(2 + 1 + 4);
    }

    @Test
    void aSubscriberKeepsItsOwnDeadLetters() {
        assertThat(readerOfValues()).anySatisfy(acl -> {
            assertThat(acl.pattern().resourceType()).isEqualTo(ResourceType.TOPIC);
            assertThat(acl.pattern().name()).isEqualTo("reader.");
            assertThat(acl.pattern().patternType()).isEqualTo(PatternType.PREFIXED);
        });
    }

    @Test
    void anyAgencyButAnEnabledServiceSubscriberOrOperatorGetsNothing() {
        AgencyAccount disabled = agency("reader", AgencyKind.SUBSCRIBER, List.of("indicators.values.v1"))
                .disable("zone-office", NOW).after();

        assertThat(DesiredAcls.of(List.of(disabled, agency("liuyang", AgencyKind.UNIT_AGENCY, null),
                agency("identity-service", AgencyKind.SERVICE, null)), Topics.ALL)).isEmpty();
        assertThat(DesiredAcls.principals(List.of(disabled))).containsExactly("User:reader");
    }

    @Test
    void theOperatorMayOnlyDescribe() {
        Set<AclBinding> acls = DesiredAcls.of(List.of(agency("zone-operator", AgencyKind.OPERATOR, null)),
                Topics.ALL);

        assertThat(operations(acls, "*")).containsExactlyInAnyOrder(AclOperation.DESCRIBE,
                AclOperation.DESCRIBE_CONFIGS);
        assertThat(acls).filteredOn(acl -> acl.pattern().resourceType() == ResourceType.GROUP).singleElement()
                .satisfies(acl -> {
                    assertThat(acl.pattern().name()).isEqualTo("*");
                    assertThat(acl.entry().operation()).isEqualTo(AclOperation.DESCRIBE);
                });
        assertThat(acls).noneMatch(acl -> acl.entry().operation() == AclOperation.READ
                || acl.entry().operation() == AclOperation.WRITE);
    }

    private static Set<AclBinding> indicatorsServiceAcls() {
        return DesiredAcls.of(List.of(agency("indicators-service", AgencyKind.SERVICE, null)), Topics.ALL);
    }

    /** The ACLs of a subscriber granted indicators.values.v1. */
    private static Set<AclBinding> readerOfValues() {
        return DesiredAcls.of(List.of(agency("reader", AgencyKind.SUBSCRIBER, List.of("indicators.values.v1"))),
                Topics.ALL);
    }

    private static Set<AclOperation> operations(Set<AclBinding> acls, String topic) {
        return acls.stream().filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC
                && acl.pattern().name().equals(topic) && acl.pattern().patternType() == PatternType.LITERAL)
                .map(acl -> acl.entry().operation()).collect(java.util.stream.Collectors.toSet());
    }

    private static AgencyAccount agency(String id, AgencyKind kind, List<String> topics) {
        return AgencyAccount.register(new Registration(id, kind, kind == AgencyKind.UNIT_AGENCY ? "430181" : null,
                null, "名", "Name", null, topics), "{bcrypt}x", "system:seed", NOW);
    }
}
