package zone.xianggan.bench;

import java.util.Map;

/**
 * How the benchmark's own Kafka clients reach a zone's brokers and log in to them as a seeded agency: the local
 * zone's one broker ({@link BenchZone}) or the cluster's three ({@link ClusterZone}).
 */
interface KafkaLogins {

    /** A Kafka client's settings, {@code bootstrap.servers} included, to reach the zone's brokers as {@code agency}. */
    Map<String, Object> kafkaClient(String agency);
}
