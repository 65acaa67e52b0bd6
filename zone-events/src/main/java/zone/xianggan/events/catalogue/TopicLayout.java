package zone.xianggan.events.catalogue;

/**
 * How many partitions and replicas a deployment gives each topic: chosen when the zone is deployed
 * ({@code zone.kafka.*}), not part of the contract, so the catalogue states them only when it is told them.
 */
public record TopicLayout(int partitions, int replicationFactor) {

    public TopicLayout {
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("a topic has at least one partition and one replica");
        }
    }
}
