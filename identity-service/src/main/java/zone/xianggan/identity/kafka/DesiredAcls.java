package zone.xianggan.identity.kafka;

import static org.apache.kafka.common.acl.AclOperation.ALTER_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import zone.xianggan.events.TopicDefinition;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.kernel.access.AgencyKind;

/**
 * The broker's ACLs as the agencies' rights make them, deny by default: the broker allows nothing that is not here.
 * <ul>
 * <li>A zone service writes the topics it owns, reads those it consumes, parks what it cannot process in its own
 * dead-letter topics, and reads as its own consumer group.</li>
 * <li>An enabled subscriber reads the topics granted to it, with consumer groups named after it, and keeps its own
 * dead-letter topics ({@code <agency>.*}).</li>
 * <li>An enabled operator sees every topic and consumer group (partitions, offsets, lag), and reads nothing.</li>
 * <li>Every other agency, and a disabled one, gets nothing.</li>
 * </ul>
 */
final class DesiredAcls {

    static final String USER = "User:";

    private DesiredAcls() {
    }

    static Set<AclBinding> of(Collection<AgencyAccount> agencies, List<TopicDefinition> topics) {
        Set<AclBinding> acls = new LinkedHashSet<>();
        for (AgencyAccount agency : agencies) {
            if (!agency.enabled()) {
                continue;
            }
            if (agency.kind() == AgencyKind.SERVICE) {
                service(agency.id(), topics, acls);
            } else if (agency.kind() == AgencyKind.SUBSCRIBER) {
                subscriber(agency, acls);
            } else if (agency.kind() == AgencyKind.OPERATOR) {
                operator(agency.id(), acls);
            }
        }
        return acls;
    }

    /** The principals identity-service answers for: every agency it knows, enabled or not. */
    static Set<String> principals(Collection<AgencyAccount> agencies) {
        return agencies.stream().map(agency -> USER + agency.id()).collect(Collectors.toSet());
    }

    private static void service(String service, List<TopicDefinition> topics, Set<AclBinding> acls) {
        boolean onTheBackbone = false;
        for (TopicDefinition topic : topics) {
            if (topic.owner().equals(service)) {
                allow(acls, service, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, WRITE, DESCRIBE, CREATE,
                        DESCRIBE_CONFIGS, ALTER_CONFIGS);
                onTheBackbone = true;
            }
            if (topic.consumers().contains(service)) {
                allow(acls, service, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, READ, DESCRIBE, CREATE,
                        DESCRIBE_CONFIGS);
                allow(acls, service, ResourceType.TOPIC, topic.deadLetterTopic(service), PatternType.LITERAL, READ,
                        WRITE, DESCRIBE, CREATE, DESCRIBE_CONFIGS, ALTER_CONFIGS);
                onTheBackbone = true;
            }
        }
        // A service on no topic at all (identity-service itself, a super user of the broker) needs no group either.
        if (onTheBackbone) {
            allow(acls, service, ResourceType.GROUP, service, PatternType.LITERAL, READ);
        }
    }

    private static void subscriber(AgencyAccount subscriber, Set<AclBinding> acls) {
        String id = subscriber.id();
        for (String topic : subscriber.topics()) {
            allow(acls, id, ResourceType.TOPIC, topic, PatternType.LITERAL, READ, DESCRIBE);
        }
        allow(acls, id, ResourceType.GROUP, id, PatternType.PREFIXED, READ);
        allow(acls, id, ResourceType.TOPIC, id + ".", PatternType.PREFIXED, READ, WRITE, DESCRIBE, CREATE);
    }

    /** {@code *}: Kafka's literal wildcard, every topic and every group. */
    private static void operator(String operator, Set<AclBinding> acls) {
        allow(acls, operator, ResourceType.TOPIC, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL, DESCRIBE,
                DESCRIBE_CONFIGS);
        allow(acls, operator, ResourceType.GROUP, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL, DESCRIBE);
    }

    private static void allow(Set<AclBinding> acls, String agency, ResourceType type, String name,
            PatternType pattern, AclOperation... operations) {
        ResourcePattern resource = new ResourcePattern(type, name, pattern);
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(resource, new AccessControlEntry(USER + agency, "*", operation,
                    AclPermissionType.ALLOW)));
        }
    }
}
