package zone.xianggan.registry.layout.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.persistence.JdbcVersionedStore;
import zone.xianggan.registry.layout.application.SpatialElements;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;

@Repository
class JdbcSpatialElements extends JdbcVersionedStore<String, SpatialElement> implements SpatialElements {

    private static final String COLUMNS = "id, kind, name_zh, name_en, description, version, changed_at";
    private static final RowMapper<SpatialElement> ELEMENT = (rs, n) -> new SpatialElement(rs.getString("id"),
            ElementKind.valueOf(rs.getString("kind")), rs.getString("name_zh"), rs.getString("name_en"),
            rs.getString("description"), rs.getLong("version"),
            rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    private final JsonMapper json;

    JdbcSpatialElements(JdbcTemplate jdbc, JsonMapper json) {
        super(jdbc, "SELECT " + COLUMNS + " FROM spatial_element WHERE id = ?", ELEMENT);
        this.json = json;
    }

    @Override
    public List<SpatialElement> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM spatial_element ORDER BY kind, id", ELEMENT);
    }

    @Override
    public void insert(SpatialElement element) {
        jdbc.update("INSERT INTO spatial_element (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", element.id(),
                element.kind().name(), element.nameZh(), element.nameEn(), element.description(), element.version(),
                element.changedAt().atOffset(ZoneOffset.UTC));
    }

    @Override
    public void update(SpatialElement element, long expectedVersion) {
        int updated = jdbc.update("UPDATE spatial_element SET version = ?, changed_at = ? WHERE id = ? AND version = ?",
                element.version(), element.changedAt().atOffset(ZoneOffset.UTC), element.id(), expectedVersion);
        if (updated != 1) {
            throw new StaleVersionException(expectedVersion, jdbc.queryForObject(
                    "SELECT version FROM spatial_element WHERE id = ?", Long.class, element.id()));
        }
    }

    @Override
    public void appendHistory(MembershipChange change) {
        jdbc.update("""
                INSERT INTO spatial_element_change (element_id, version, actor, person, changed_at, reason, joined,
                left_units) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", change.elementId(), change.version(),
                change.actor().agency(), change.actor().person(),
                change.at().atOffset(ZoneOffset.UTC), change.reason(), json.writeValueAsString(change.joined()),
                json.writeValueAsString(change.left()));
    }

    @Override
    public List<MembershipChange> history(String id) {
        return jdbc.query("""
                SELECT element_id, version, actor, person, changed_at, reason, joined, left_units
                FROM spatial_element_change
                WHERE element_id = ? ORDER BY version""", (ResultSet rs, int n) -> change(rs), id);
    }

    private MembershipChange change(ResultSet rs) throws SQLException {
        return new MembershipChange(rs.getString("element_id"), rs.getLong("version"),
                new Actor(rs.getString("actor"), rs.getString("person")),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                json.readValue(rs.getString("joined"), CODES), json.readValue(rs.getString("left_units"), CODES));
    }
}
