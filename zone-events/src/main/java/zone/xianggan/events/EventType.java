package zone.xianggan.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;

/**
 * Every CloudEvent type the zone publishes: its {@code ce_type}, the topic it goes to, the record that is its
 * data, and the JSON Schema that data validates against.
 */
public enum EventType {

    COUNTY_REGISTERED("zone.registry.county.registered.v1", Topics.REGISTRY_COUNTIES_V1, CountySnapshot.class,
            "registry/county-snapshot.v1"),
    COUNTY_UPDATED("zone.registry.county.updated.v1", Topics.REGISTRY_COUNTIES_V1, CountySnapshot.class,
            "registry/county-snapshot.v1"),
    COUNTY_RETIRED("zone.registry.county.retired.v1", Topics.REGISTRY_COUNTIES_V1, CountySnapshot.class,
            "registry/county-snapshot.v1"),

    INDICATOR_DEFINED("zone.indicators.indicator.defined.v1", Topics.INDICATORS_CATALOGUE_V1,
            IndicatorSnapshot.class, "indicators/indicator-snapshot.v1"),
    INDICATOR_UPDATED("zone.indicators.indicator.updated.v1", Topics.INDICATORS_CATALOGUE_V1,
            IndicatorSnapshot.class, "indicators/indicator-snapshot.v1"),
    INDICATOR_RETIRED("zone.indicators.indicator.retired.v1", Topics.INDICATORS_CATALOGUE_V1,
            IndicatorSnapshot.class, "indicators/indicator-snapshot.v1"),
    VALUE_REPORTED("zone.indicators.value.reported.v1", Topics.INDICATORS_VALUES_V1, ReportedValue.class,
            "indicators/reported-value.v1"),
    VALUE_REVISED("zone.indicators.value.revised.v1", Topics.INDICATORS_VALUES_V1, ReportedValue.class,
            "indicators/reported-value.v1"),

    PROJECT_PROPOSED("zone.cooperation.project.proposed.v1"),
    PROJECT_PROVINCE_APPROVED("zone.cooperation.project.province-approved.v1"),
    PROJECT_APPROVED("zone.cooperation.project.approved.v1"),
    PROJECT_REJECTED("zone.cooperation.project.rejected.v1"),
    PROJECT_STATUS_CHANGED("zone.cooperation.project.status-changed.v1"),
    PROJECT_MILESTONE_REACHED("zone.cooperation.project.milestone-reached.v1"),
    PROJECT_FLAGGED_FOR_REVIEW("zone.cooperation.project.flagged-for-review.v1"),
    PROJECT_REVIEW_RESOLVED("zone.cooperation.project.review-resolved.v1");

    private static final String SCHEMA_RESOURCE_ROOT = "zone/xianggan/events/schemas/";
    private static final String SCHEMA_URI_ROOT = "urn:xianggan-zone:schema:";

    private final String ceType;
    private final String topic;
    private final Class<?> dataClass;
    private final String schemaName;
    private final URI dataSchema;

    /** A cooperation project event: all share one topic, one data record and one schema. */
    EventType(String ceType) {
        this(ceType, Topics.COOPERATION_PROJECTS_V1, ProjectEvent.class, "cooperation/project-event.v1");
    }

    EventType(String ceType, String topic, Class<?> dataClass, String schemaName) {
        this.ceType = ceType;
        this.topic = topic;
        this.dataClass = dataClass;
        this.schemaName = schemaName;
        this.dataSchema = URI.create(SCHEMA_URI_ROOT + schemaName.replace('/', '.'));
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    /** The {@code ce_dataschema} URI; it is also the schema's {@code $id}. */
    public URI dataSchema() {
        return dataSchema;
    }

    /** Class-path location of the JSON Schema, for validators and for serving it. */
    public String schemaResource() {
        return SCHEMA_RESOURCE_ROOT + schemaName + ".schema.json";
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    /** Looked up for every record a relay sends or a consumer reads. */
    private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
}
