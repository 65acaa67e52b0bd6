package zone.xianggan.cooperation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import zone.xianggan.events.EventSources;
import zone.xianggan.events.EventType;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.platform.events.CloudEventRecords;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;

/**
 * The other services' topics as they write them: the registry's county snapshots and the indicators service's
 * catalogue and values, as binary-mode CloudEvents made by the platform's own codec, each send acknowledged.
 */
public final class Feeds implements AutoCloseable {

    public static final String LIULING_CLUSTER = "liuyang-liling-shangli-xiangdong-anyuan-luxi";
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final KafkaProducer<String, byte[]> producer;

    private Feeds(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static Feeds at(String bootstrapServers) {
        return new Feeds(bootstrapServers);
    }

    /** The units of the plan's Liuyang–Liling–Shangli–Xiangdong–Anyuan–Luxi cluster, and Jinggangshan. */
    public void publishSomeCounties() {
        county("430181", "浏阳市", "Liuyang", LIULING_CLUSTER);
        county("430281", "醴陵市", "Liling", LIULING_CLUSTER);
        county("360322", "上栗县", "Shangli", LIULING_CLUSTER);
        county("360313", "湘东区", "Xiangdong", LIULING_CLUSTER);
        county("360323", "芦溪县", "Luxi", LIULING_CLUSTER);
        county("360881", "井冈山市", "Jinggangshan");
    }

    public CountySnapshot county(String code, String nameZh, String nameEn, String... clusters) {
        CountyCode parsed = new CountyCode(code);
        CountySnapshot county = new CountySnapshot(code, nameZh, nameEn, "COUNTY", parsed.provinceCode(),
                parsed.prefectureCode(), List.of(clusters), List.of(), CountySnapshot.ACTIVE, null, null, 1, T0,
                "system:seed", null);
        publish(EventType.COUNTY_REGISTERED, code, county, EventSources.REGISTRY);
        return county;
    }

    public void retire(CountySnapshot county, String successorCode, long version) {
        CountySnapshot retired = new CountySnapshot(county.code(), county.nameZh(), county.nameEn(), county.kind(),
                county.provinceCode(), county.prefectureCode(), county.clusters(), county.spatialElements(),
                CountySnapshot.RETIRED, successorCode, LocalDate.of(2026, 1, 1), version, T0.plusSeconds(version),
                drcOf(county.provinceCode()), "registrar");
        publish(EventType.COUNTY_RETIRED, county.code(), retired, EventSources.REGISTRY);
    }

    /** The agency that retires a unit of {@code provinceCode} in the registry: that province's DRC. */
    private static String drcOf(String provinceCode) {
        return "430000".equals(provinceCode) ? "hunan-drc" : "jiangxi-drc";
    }

    public static IndicatorSnapshot sum(String code, String planArea) {
        return indicator(code, "YEAR", planArea, new IndicatorSnapshot.Aggregation("SUM", null, null, null, null),
                IndicatorSnapshot.ACTIVE, 1);
    }

    public static IndicatorSnapshot indicator(String code, String periodicity, String planArea,
            IndicatorSnapshot.Aggregation aggregation, String status, long version) {
        return new IndicatorSnapshot(code, "指标 " + code, "Indicator " + code, "count", periodicity, planArea,
                aggregation, "HIGHER_IS_BETTER", BigDecimal.ZERO, null, status, version, T0.plusSeconds(version),
                "zone-office", "cataloguer");
    }

    public void define(IndicatorSnapshot indicator) {
        publish(indicator.version() == 1 ? EventType.INDICATOR_DEFINED
                : indicator.retired() ? EventType.INDICATOR_RETIRED : EventType.INDICATOR_UPDATED,
                indicator.code(), indicator, EventSources.INDICATORS);
    }

    public OutgoingEvent valueEvent(String county, String indicator, String period, String value, int revision) {
        ReportedValue reported = new ReportedValue(county, indicator, period, new BigDecimal(value), null,
                "statistics bureau", "zone-office", revision, null, revision == 1 ? null : "corrected",
                T0.plusSeconds(revision), "zhao");
        return new OutgoingEvent(UUID.randomUUID(), revision == 1 ? EventType.VALUE_REPORTED
                : EventType.VALUE_REVISED, county, Instant.now(), EventJson.write(reported));
    }

    public RecordMetadata report(String county, String indicator, String period, String value, int revision) {
        return publish(valueEvent(county, indicator, period, value, revision), EventSources.INDICATORS);
    }

    public RecordMetadata publish(OutgoingEvent event, java.net.URI source) {
        return send(CloudEventRecords.toRecord(event, source));
    }

    private void publish(EventType type, String key, Object data, java.net.URI source) {
        publish(definitionEvent(type, key, data), source);
    }

    public static OutgoingEvent definitionEvent(EventType type, String key, Object data) {
        return new OutgoingEvent(UUID.randomUUID(), type, key, Instant.now(), EventJson.write(data));
    }

    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + record, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
