package zone.xianggan.events;

import java.util.List;
import java.util.Optional;

/** The zone's Kafka topics. A breaking change gets a new {@code .v2} topic beside the old one. */
public final class Topics {

    /** Compacted; key: county code; value: the county's whole snapshot. */
    public static final String REGISTRY_COUNTIES_V1 = "registry.counties.v1";

    /** Compacted; key: indicator code; value: the indicator's whole definition. */
    public static final String INDICATORS_CATALOGUE_V1 = "indicators.catalogue.v1";

    /** Key: county code; value: one reported value or revision. */
    public static final String INDICATORS_VALUES_V1 = "indicators.values.v1";

    /**
     * Key: project id; value: the project's whole snapshot and what changed. Not compacted: the events are also the
     * record of each decision (who approved, when, why).
     */
    public static final String COOPERATION_PROJECTS_V1 = "cooperation.projects.v1";

    /**
     * Every topic with its owner, its key, how a subscriber orders its events, and its consumers among the zone's
     * services: who may write and read what.
     */
    public static final List<TopicDefinition> ALL = List.of(
            new TopicDefinition(REGISTRY_COUNTIES_V1, ServiceNames.REGISTRY, true,
                    "the unit's GB/T 2260 code", new EventOrder("version", "unit"),
                    List.of(ServiceNames.INDICATORS, ServiceNames.COOPERATION)),
            new TopicDefinition(INDICATORS_CATALOGUE_V1, ServiceNames.INDICATORS, true,
                    "the indicator's code", new EventOrder("version", "indicator"), List.of(ServiceNames.COOPERATION)),
            new TopicDefinition(INDICATORS_VALUES_V1, ServiceNames.INDICATORS, false,
                    "the reporting unit's GB/T 2260 code",
                    new EventOrder("revision", "value (countyCode, indicatorCode and period)"),
                    List.of(ServiceNames.COOPERATION)),
            new TopicDefinition(COOPERATION_PROJECTS_V1, ServiceNames.COOPERATION, false,
                    "the project's id", new EventOrder("project.version", "project"), List.of()));

    private Topics() {
    }

    public static Optional<TopicDefinition> definition(String topic) {
        return ALL.stream().filter(definition -> definition.name().equals(topic)).findFirst();
    }

    /** Whether the topic keeps only the latest record of each key (the entity's current state). */
    public static boolean isCompacted(String topic) {
        return definition(topic).map(TopicDefinition::compacted).orElse(false);
    }

    /** The dead-letter topic where one consumer group parks the records of a topic it cannot process. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
