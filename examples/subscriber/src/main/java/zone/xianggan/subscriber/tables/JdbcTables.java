package zone.xianggan.subscriber.tables;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.events.registry.CountySnapshot;

/** The tables in PostgreSQL (db/migration): {@code counties}, {@code indicator_values}, {@code processed_events}. */
@Repository
class JdbcTables implements Tables {

    private final JdbcClient jdbc;

    JdbcTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markProcessed(String eventId) {
        return jdbc.sql("INSERT INTO processed_events (ce_id) VALUES (?) ON CONFLICT (ce_id) DO NOTHING")
                .param(eventId).update() == 1;
    }

    @Override
    public Optional<Long> countyVersion(String code) {
        return jdbc.sql("SELECT version FROM counties WHERE code = ? FOR UPDATE").param(code)
                .query(Long.class).optional();
    }

    @Override
    public void putCounty(String eventId, CountySnapshot county) {
        jdbc.sql("""
                INSERT INTO counties (code, name_zh, name_en, kind, province_code, prefecture_code, clusters,
                    spatial_elements, status, successor_code, retired_on, version, changed_at, changed_by, ce_id)
                VALUES (:code, :nameZh, :nameEn, :kind, :provinceCode, :prefectureCode, :clusters,
                    :spatialElements, :status, :successorCode, :retiredOn, :version, :changedAt, :changedBy, :ceId)
                ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
                    kind = EXCLUDED.kind, province_code = EXCLUDED.province_code,
                    prefecture_code = EXCLUDED.prefecture_code, clusters = EXCLUDED.clusters,
                    spatial_elements = EXCLUDED.spatial_elements, status = EXCLUDED.status,
                    successor_code = EXCLUDED.successor_code, retired_on = EXCLUDED.retired_on,
                    version = EXCLUDED.version, changed_at = EXCLUDED.changed_at,
                    changed_by = EXCLUDED.changed_by, ce_id = EXCLUDED.ce_id""")
                .param("code", county.code())
                .param("nameZh", county.nameZh())
                .param("nameEn", county.nameEn())
                .param("kind", county.kind())
                .param("provinceCode", county.provinceCode())
                .param("prefectureCode", county.prefectureCode())
                .param("clusters", county.clusters().toArray(String[]::new))
                .param("spatialElements", county.spatialElements().toArray(String[]::new))
                .param("status", county.status())
                .param("successorCode", county.successorCode())
                .param("retiredOn", county.retiredOn())
                .param("version", county.version())
                .param("changedAt", utc(county.changedAt()))
                .param("changedBy", county.changedBy())
                .param("ceId", eventId)
                .update();
    }

    @Override
    public Optional<Long> valueRevision(String countyCode, String indicatorCode, String period) {
        return jdbc.sql("""
                SELECT revision FROM indicator_values WHERE county_code = ? AND indicator_code = ? AND period = ?
                FOR UPDATE""")
                .params(countyCode, indicatorCode, period)
                .query(Long.class).optional();
    }

    @Override
    public void putValue(String eventId, ReportedValue value) {
        jdbc.sql("""
                INSERT INTO indicator_values (county_code, indicator_code, period, value, revision, previous_value,
                    reason, note, source, reported_by, reported_at, ce_id)
                VALUES (:countyCode, :indicatorCode, :period, :value, :revision, :previousValue,
                    :reason, :note, :source, :reportedBy, :reportedAt, :ceId)
                ON CONFLICT (county_code, indicator_code, period) DO UPDATE SET value = EXCLUDED.value,
                    revision = EXCLUDED.revision, previous_value = EXCLUDED.previous_value, reason = EXCLUDED.reason,
                    note = EXCLUDED.note, source = EXCLUDED.source, reported_by = EXCLUDED.reported_by,
                    reported_at = EXCLUDED.reported_at, ce_id = EXCLUDED.ce_id""")
                .param("countyCode", value.countyCode())
                .param("indicatorCode", value.indicatorCode())
                .param("period", value.period())
                .param("value", value.value())
                .param("revision", value.revision())
                .param("previousValue", value.previousValue())
                .param("reason", value.reason())
                .param("note", value.note())
                .param("source", value.source())
                .param("reportedBy", value.reportedBy())
                .param("reportedAt", utc(value.reportedAt()))
                .param("ceId", eventId)
                .update();
    }

    /** PostgreSQL's driver takes an instant as an offset date-time. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
