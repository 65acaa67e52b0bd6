package zone.xianggan.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.TopicSettings;
import zone.xianggan.events.Topics;

class ZoneTopicsTest {

    private final ZoneTopics onThreeBrokers = new ZoneTopics(properties((short) 3), "cooperation-service");
    private final ZoneTopics onOneBroker = new ZoneTopics(properties((short) 1), "cooperation-service");

    @Test
    void aTopicOfWholeStatesKeepsEachKeysLatestForEver() {
        NewTopic counties = onThreeBrokers.declare(Topics.REGISTRY_COUNTIES_V1);

        assertThat(counties.configs()).containsEntry("cleanup.policy", "compact")
                .doesNotContainKey("retention.ms")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("max.message.bytes", "1048588");
    }

    @Test
    void aChangeLogKeepsEveryRecordForEver() {
        NewTopic values = onThreeBrokers.declare(Topics.INDICATORS_VALUES_V1);

        assertThat(values.configs()).containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "-1")
                .containsEntry("retention.bytes", "-1");
    }

    @Test
    void oneReplicaMustHaveAWriteWhereThereIsOnlyOneBroker() {
        assertThat(onOneBroker.declare(Topics.COOPERATION_PROJECTS_V1).configs())
                .containsEntry("min.insync.replicas", "1");
    }

    @Test
    void aDeadLetterTopicTakesTheLargestRecordWithRoomForWhyItWasParked() {
        NewTopic parked = onThreeBrokers.deadLetterFor(Topics.INDICATORS_VALUES_V1);

        assertThat(parked.name()).isEqualTo("indicators.values.v1.cooperation-service.dlt");
        assertThat(Integer.parseInt(parked.configs().get("max.message.bytes")))
                .isEqualTo(TopicSettings.MAX_RECORD_BYTES + TopicSettings.DEAD_LETTER_HEADROOM_BYTES);
        assertThat(parked.configs()).containsEntry("retention.ms", "-1");
    }

    @Test
    void aConsumerCreatesATopicItReadsWithNoSettingsOfItsOwnLeavingThemToTheOwner() {
        NewTopic catalogue = onThreeBrokers.consume(Topics.INDICATORS_CATALOGUE_V1);

        assertThat(catalogue.configs()).isNullOrEmpty();
        assertThat(catalogue.replicationFactor()).isEqualTo((short) 3);
    }

    @Test
    void aServiceReadingTopicsDeclaresEachWithItsDeadLetterTopic() {
        assertThat(onThreeBrokers.withDeadLetters(Topics.INDICATORS_CATALOGUE_V1, Topics.INDICATORS_VALUES_V1))
                .extracting(NewTopic::name).containsExactly(Topics.INDICATORS_CATALOGUE_V1,
                        "indicators.catalogue.v1.cooperation-service.dlt", Topics.INDICATORS_VALUES_V1,
                        "indicators.values.v1.cooperation-service.dlt");
    }

    private static ZoneKafkaProperties properties(short replicationFactor) {
        return new ZoneKafkaProperties(3, replicationFactor, Duration.ofMillis(500), Duration.ofSeconds(30),
                "PLAINTEXT");
    }
}
