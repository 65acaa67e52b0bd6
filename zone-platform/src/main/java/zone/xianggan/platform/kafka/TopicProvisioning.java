package zone.xianggan.platform.kafka;

import org.springframework.kafka.core.KafkaAdmin;

/**
 * Makes sure the topics the service declares exist before it publishes. Spring creates them at start-up, but a
 * service that starts while Kafka is down would otherwise never create them.
 */
public class TopicProvisioning {

    private final KafkaAdmin admin;
    private volatile boolean provisioned;

    /** {@code declaresTopics}: {@link KafkaAdmin#initialize()} answers false when there is nothing to create. */
    public TopicProvisioning(KafkaAdmin admin, boolean declaresTopics) {
        this.admin = admin;
        this.provisioned = !declaresTopics;
    }

    /** True once every declared topic exists; tries again on each call until then. */
    public boolean ensureTopics() {
        if (!provisioned) {
            provisioned = admin.initialize();
        }
        return provisioned;
    }
}
