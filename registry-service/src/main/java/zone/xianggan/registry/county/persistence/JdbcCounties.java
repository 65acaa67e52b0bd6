package zone.xianggan.registry.county.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.history.HistoryColumns;
import zone.xianggan.platform.history.HistoryTable;
import zone.xianggan.registry.county.application.Counties;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyDetails;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.CountyStatus;
import zone.xianggan.registry.county.model.Membership;

@Repository
class JdbcCounties implements Counties {

    private static final String COLUMNS = """
            code, name_zh, name_en, kind, province_code, prefecture_code, status, successor_code, retired_on, version,
            changed_at, changed_by, changed_by_person""";
    private static final String MEMBERSHIPS = """
            SELECT m.county_code, m.element_id, e.kind FROM county_membership m
            JOIN spatial_element e ON e.id = m.element_id""";

    private final JdbcTemplate jdbc;
    private final HistoryTable<ChangeType> history;

    JdbcCounties(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.history = new HistoryTable<>(jdbc, json, ChangeType.class, "county_change",
                HistoryColumns.withSnapshot("county_code"));
    }

    @Override
    public Optional<County> find(CountyCode code) {
        return one("SELECT " + COLUMNS + " FROM county WHERE code = ?", code);
    }

    @Override
    public Optional<County> lock(CountyCode code) {
        return one("SELECT " + COLUMNS + " FROM county WHERE code = ? FOR UPDATE", code);
    }

    @Override
    public List<County> findAll() {
        Map<String, Set<Membership>> memberships = new HashMap<>();
        jdbc.query(MEMBERSHIPS, (ResultSet rs) -> {
            memberships.computeIfAbsent(rs.getString("county_code"), k -> new HashSet<>()).add(membership(rs));
        });
        return jdbc.query("SELECT " + COLUMNS + " FROM county ORDER BY code",
                (rs, n) -> county(rs, memberships.getOrDefault(rs.getString("code"), Set.of())));
    }

    @Override
    public List<County> membersOf(String elementId) {
        return findAll().stream().filter(county -> county.isMemberOf(elementId)).toList();
    }

    @Override
    public void insert(County county) {
        jdbc.update("INSERT INTO county (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                county.code().value(), county.details().nameZh(), county.details().nameEn(),
                county.details().kind().name(), county.provinceCode(), county.prefectureCode(),
                county.status().name(), successor(county), county.retiredOn(), county.version(),
                county.changedAt().atOffset(ZoneOffset.UTC), county.changedBy().agency(),
                county.changedBy().person());
        insertMemberships(county);
    }

    @Override
    public void update(County county, long expectedVersion) {
        int updated = jdbc.update("""
                UPDATE county SET name_zh = ?, name_en = ?, kind = ?, status = ?, successor_code = ?, retired_on = ?,
                version = ?, changed_at = ?, changed_by = ?, changed_by_person = ? WHERE code = ? AND version = ?""",
                county.details().nameZh(), county.details().nameEn(), county.details().kind().name(),
                county.status().name(), successor(county), county.retiredOn(), county.version(),
                county.changedAt().atOffset(ZoneOffset.UTC), county.changedBy().agency(), county.changedBy().person(),
                county.code().value(), expectedVersion);
        if (updated != 1) {
            long current = jdbc.queryForObject("SELECT version FROM county WHERE code = ?", Long.class,
                    county.code().value());
            throw new StaleVersionException(expectedVersion, current);
        }
        jdbc.update("DELETE FROM county_membership WHERE county_code = ?", county.code().value());
        insertMemberships(county);
    }

    @Override
    public void appendHistory(HistoryEntry<ChangeType> change, CountySnapshot snapshot) {
        history.append(change, snapshot);
    }

    @Override
    public List<HistoryEntry<ChangeType>> history(CountyCode code) {
        return history.of(code.value());
    }

    private Optional<County> one(String sql, CountyCode code) {
        Set<Membership> memberships = new HashSet<>(jdbc.query(MEMBERSHIPS + " WHERE m.county_code = ?",
                (rs, n) -> membership(rs), code.value()));
        return jdbc.query(sql, (rs, n) -> county(rs, memberships), code.value()).stream().findFirst();
    }

    private void insertMemberships(County county) {
        jdbc.batchUpdate("INSERT INTO county_membership (county_code, element_id) VALUES (?, ?)",
                List.copyOf(county.memberships()), 100, (ps, membership) -> {
                    ps.setString(1, county.code().value());
                    ps.setString(2, membership.elementId());
                });
    }

    private static County county(ResultSet rs, Set<Membership> memberships) throws SQLException {
        String successor = rs.getString("successor_code");
        return new County(new CountyCode(rs.getString("code")),
                new CountyDetails(rs.getString("name_zh"), rs.getString("name_en"),
                        CountyKind.valueOf(rs.getString("kind"))),
                rs.getString("province_code"), rs.getString("prefecture_code"),
                CountyStatus.valueOf(rs.getString("status")), successor == null ? null : new CountyCode(successor),
                rs.getObject("retired_on", LocalDate.class), memberships, rs.getLong("version"),
                instant(rs, "changed_at"), changedBy(rs));
    }

    private static Actor changedBy(ResultSet rs) throws SQLException {
        return new Actor(rs.getString("changed_by"), rs.getString("changed_by_person"));
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getString("element_id"), "CITY_CLUSTER".equals(rs.getString("kind")));
    }

    private static String successor(County county) {
        return county.successor() == null ? null : county.successor().value();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
