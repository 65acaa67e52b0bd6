package zone.xianggan.indicators;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import zone.xianggan.events.EventSources;
import zone.xianggan.events.EventType;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * The plan's 24 units and four city clusters as the registry publishes them on {@code registry.counties.v1}:
 * binary-mode CloudEvents made by the platform's own codec, so the service's replica learns them as in the zone.
 */
public final class PlanUnits {

    public static final String NORTH = "liuyang-yuanzhou-wanzai-tonggu-xiushui-pingjiang";
    public static final String WEST = "liuyang-liling-shangli-xiangdong-anyuan-luxi";
    public static final String CENTRE = "youxian-chaling-anren-yanling-jinggangshan-yongxin-lianhua";
    public static final String SOUTH = "guidong-suichuan-shangyou-chongyi-rucheng-yizhang";

    public static final Map<String, List<String>> CLUSTERS = Map.of(
            NORTH, List.of("430181", "360902", "360922", "360926", "360424", "430626"),
            WEST, List.of("430181", "430281", "360322", "360313", "360302", "360323"),
            CENTRE, List.of("430223", "430224", "431028", "430225", "360881", "360830", "360321"),
            SOUTH, List.of("431027", "360827", "360724", "360725", "431026", "431022"));

    public static final List<String> HUNAN = List.of("430181", "430223", "430224", "430225", "430281", "430626",
            "431022", "431026", "431027", "431028");
    public static final List<String> JIANGXI = List.of("360302", "360313", "360321", "360322", "360323", "360424",
            "360724", "360725", "360827", "360830", "360881", "360902", "360922", "360926");
    public static final List<String> ALL = java.util.stream.Stream.concat(HUNAN.stream(), JIANGXI.stream())
            .sorted().toList();

    private PlanUnits() {
    }

    public static CountySnapshot unit(String code, long version, String status) {
        CountyCode parsed = new CountyCode(code);
        List<String> clusters = CLUSTERS.entrySet().stream().filter(e -> e.getValue().contains(code))
                .map(Map.Entry::getKey).sorted().toList();
        return new CountySnapshot(code, "单位" + code, "Unit " + code, "COUNTY", parsed.provinceCode(),
                parsed.prefectureCode(), clusters, List.of(), status, null, null, version,
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(version), "system:seed", null);
    }

    /** Publishes every unit of the plan and waits until the service's replica holds all 24. */
    public static void publishAll(String bootstrapServers, ZoneHttp http) {
        publish(bootstrapServers, ALL.stream().map(code -> unit(code, 1, CountySnapshot.ACTIVE)).toList());
        await().atMost(Duration.ofSeconds(60)).until(
                () -> http.get("/api/v1/counties?status=ACTIVE").<List<?>>json("$").size() >= ALL.size());
    }

    /** Publishes the snapshots in order, each acknowledged before the next. */
    public static void publish(String bootstrapServers, List<CountySnapshot> counties) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (CountySnapshot county : counties) {
                EventType type = county.retired() ? EventType.COUNTY_RETIRED
                        : county.version() == 1 ? EventType.COUNTY_REGISTERED : EventType.COUNTY_UPDATED;
                OutgoingEvent event = new OutgoingEvent(UUID.randomUUID(), type, county.code(), county.changedAt(),
                        EventJson.write(county));
                producer.send(CloudEventRecords.toRecord(event, EventSources.REGISTRY)).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the registry's event", e.getCause());
        }
    }
}
