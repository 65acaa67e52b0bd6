package zone.xianggan.registry.layout.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import zone.xianggan.registry.layout.application.ZonePlans;
import zone.xianggan.registry.layout.model.ZonePlan;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcZonePlans implements ZonePlans {

    private final JdbcTemplate jdbc;

    @Override
    public Optional<ZonePlan> current() {
        return jdbc.query("""
                SELECT id, name_zh, name_en, area_km2, issued_on, issued_by, source FROM zone_plan
                ORDER BY issued_on DESC""", (rs, n) -> new ZonePlan(rs.getString("id"), rs.getString("name_zh"),
                rs.getString("name_en"), rs.getBigDecimal("area_km2"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("issued_by"), rs.getString("source"))).stream().findFirst();
    }

    @Override
    public void insert(ZonePlan plan) {
        jdbc.update("""
                INSERT INTO zone_plan (id, name_zh, name_en, area_km2, issued_on, issued_by, source, seeded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", plan.id(), plan.nameZh(), plan.nameEn(), plan.areaKm2(),
                plan.issuedOn(), plan.issuedBy(), plan.source(), Instant.now().atOffset(ZoneOffset.UTC));
    }
}
