package zone.xianggan.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import zone.xianggan.events.ServiceNames;

/**
 * Waits until the zone's own subscribers (every consumer group on the broker but the benchmark's) have consumed all
 * that was published: a measurement then starts on a zone that is not still working through the one before, on two
 * cores that it would otherwise share with it.
 */
final class Subscribers {

    private static final java.util.Set<String> ZONE_SERVICES = java.util.Set.of(ServiceNames.REGISTRY,
            ServiceNames.INDICATORS, ServiceNames.COOPERATION);

    private Subscribers() {
    }

    /** The agency the benchmark's own subscribers and baselines read and write as. */
    static final String SUBSCRIBER = "zone-dashboard";

    /** The zone's own consumers' lag, read as the operator, who may see every group. */
    static void awaitCaughtUp(KafkaLogins zone) {
        try (Admin admin = Admin.create(zone.kafkaClient("zone-operator"))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            long lag;
            while ((lag = lag(admin)) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the zone's subscribers are " + lag + " records behind after 5 "
                            + "minutes");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Records published and not yet consumed by the zone's consumer groups, all topics together. */
    private static long lag(Admin admin) {
        try {
            List<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).filter(ZONE_SERVICES::contains).toList();
            long lag = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(committed
                        .keySet().stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                        .all().get(30, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the consumer groups' offsets: " + e.getMessage(), e);
        }
    }
}
