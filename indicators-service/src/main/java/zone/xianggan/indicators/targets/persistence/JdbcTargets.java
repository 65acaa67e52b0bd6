package zone.xianggan.indicators.targets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.indicators.targets.application.Targets;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.TargetKind;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.persistence.JdbcVersionedStore;

@Repository
class JdbcTargets extends JdbcVersionedStore<String, Target> implements Targets {

    private static final String COLUMNS = """
            id, target_year, scope, plan_area, indicator_code, kind, statement, statement_source, target_value,
            target_source, version, changed_at, changed_by, changed_by_person""";

    private final JsonMapper json;

    JdbcTargets(JdbcTemplate jdbc, JsonMapper json) {
        super(jdbc, "SELECT " + COLUMNS + " FROM target WHERE id = ?", JdbcTargets::target);
        this.json = json;
    }

    @Override
    public List<Target> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM target ORDER BY target_year, id", JdbcTargets::target);
    }

    @Override
    public void insert(Target t) {
        jdbc.update("INSERT INTO target (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.year(), t.scope(), t.planArea().name(), t.indicatorCode(), t.kind().name(), t.statement(),
                t.statementSource(), t.targetValue(), t.targetSource(), t.version(),
                t.changedAt().atOffset(ZoneOffset.UTC), t.changedBy().agency(), t.changedBy().person());
    }

    @Override
    public void update(Target t, long expectedVersion) {
        int updated = jdbc.update("""
                UPDATE target SET kind = ?, target_value = ?, target_source = ?, version = ?, changed_at = ?,
                changed_by = ?, changed_by_person = ? WHERE id = ? AND version = ?""", t.kind().name(),
                t.targetValue(), t.targetSource(), t.version(), t.changedAt().atOffset(ZoneOffset.UTC),
                t.changedBy().agency(), t.changedBy().person(), t.id(), expectedVersion);
        if (updated != 1) {
            throw new StaleVersionException(expectedVersion, find(t.id()).map(Target::version).orElse(0L));
        }
    }

    @Override
    public void appendHistory(Target t, String reason) {
        jdbc.update("INSERT INTO target_change (target_id, version, actor, person, changed_at, reason, snapshot) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", t.id(), t.version(), t.changedBy().agency(), t.changedBy().person(),
                t.changedAt().atOffset(ZoneOffset.UTC), reason, json.writeValueAsString(t));
    }

    private static Target target(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getString("id"), rs.getInt("target_year"), rs.getString("scope"),
                PlanArea.valueOf(rs.getString("plan_area")), rs.getString("indicator_code"),
                TargetKind.valueOf(rs.getString("kind")), rs.getString("statement"), rs.getString("statement_source"),
                rs.getBigDecimal("target_value"), rs.getString("target_source"), rs.getLong("version"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                new Actor(rs.getString("changed_by"), rs.getString("changed_by_person")));
    }
}
