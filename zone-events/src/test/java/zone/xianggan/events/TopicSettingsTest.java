package zone.xianggan.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicSettingsTest {

    @Test
    void twoReplicasMustHaveAWriteWhereAThirdCanBeLostAndOneWhereThereAreFewer() {
        assertThat(TopicSettings.minInSyncReplicas(1)).isEqualTo(1);
        assertThat(TopicSettings.minInSyncReplicas(2)).isEqualTo(1);
        assertThat(TopicSettings.minInSyncReplicas(3)).isEqualTo(2);
        assertThat(TopicSettings.minInSyncReplicas(5)).isEqualTo(2);
    }

    @Test
    void aCompactedTopicHasNoRetentionLimitToState() {
        assertThat(TopicSettings.of(true, 3)).containsEntry("cleanup.policy", "compact")
                .doesNotContainKeys("retention.ms", "retention.bytes");
    }

    @Test
    void aDeadLetterTopicKeepsWhatIsParkedForEver() {
        assertThat(TopicSettings.deadLetter(1)).containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "-1").containsEntry("min.insync.replicas", "1");
    }
}
