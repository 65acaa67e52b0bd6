package zone.xianggan.events;

/**
 * The zone's services by name: each is also its Kafka consumer group, its Kafka principal (the agency it
 * authenticates as) and the last part of its {@code ce_source}.
 */
public final class ServiceNames {

    public static final String REGISTRY = "registry-service";
    public static final String INDICATORS = "indicators-service";
    public static final String COOPERATION = "cooperation-service";
    /** Publishes no event; manages the broker's ACLs as a super user, and authenticates to Kafka to do so. */
    public static final String IDENTITY = "identity-service";

    private ServiceNames() {
    }
}
