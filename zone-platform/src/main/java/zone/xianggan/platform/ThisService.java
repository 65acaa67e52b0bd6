package zone.xianggan.platform;

import java.net.URI;

/**
 * The running service: its {@code spring.application.name}, which is also its Kafka consumer group, and the
 * {@code ce_source} of the events it publishes.
 */
public record ThisService(String name, URI source) {

    public String consumerGroup() {
        return name;
    }
}
