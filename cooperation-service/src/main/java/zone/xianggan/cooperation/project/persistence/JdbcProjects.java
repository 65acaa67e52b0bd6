package zone.xianggan.cooperation.project.persistence;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import zone.xianggan.cooperation.project.application.ProjectSnapshots;
import zone.xianggan.cooperation.project.application.Projects;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectChange;
import zone.xianggan.cooperation.project.model.ProvinceDecision;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.persistence.JdbcVersionedStore;

/**
 * Projects in the {@code project} table as the snapshot they are published as, with the columns filters and reports
 * use, their participants, funding and provincial decisions in tables of their own, and their history.
 */
@Repository
class JdbcProjects extends JdbcVersionedStore<String, Project> implements Projects {

    private static final RowMapper<Project> PROJECT = (rs, n) -> ProjectSnapshots.toProject(
            EventJson.read(rs.getString("snapshot").getBytes(StandardCharsets.UTF_8), ProjectSnapshot.class));

    JdbcProjects(JdbcTemplate jdbc) {
        super(jdbc, "SELECT snapshot FROM project WHERE id = ?", PROJECT);
    }

    @Override
    public List<Project> findAll() {
        return jdbc.query("SELECT snapshot FROM project ORDER BY proposal_year, year_number", PROJECT);
    }

    @Override
    public List<String> idsInvolving(CountyCode county) {
        return jdbc.queryForList("SELECT project_id FROM project_participant WHERE county_code = ? ORDER BY "
                + "project_id", String.class, county.value());
    }

    @Override
    public int nextNumber(int year) {
        if (jdbc.update("UPDATE project_number SET last_number = last_number + 1 WHERE proposal_year = ?", year) == 0) {
            jdbc.update("INSERT INTO project_number (proposal_year, last_number) VALUES (?, 1)", year);
        }
        return jdbc.queryForObject("SELECT last_number FROM project_number WHERE proposal_year = ?", Integer.class,
                year);
    }

    @Override
    public void insert(Project project) {
        ProjectSnapshot snapshot = ProjectSnapshots.of(project);
        String[] idParts = project.id().split("-");
        jdbc.update("""
                INSERT INTO project (id, proposal_year, year_number, plan_area, status, inter_provincial, cluster,
                spatial_element, planned_investment, planned_start, planned_end, needs_review, proposed_by,
                proposed_by_person, proposed_at, version, changed_at, snapshot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                project.id(), Integer.parseInt(idParts[1]), Integer.parseInt(idParts[2]), snapshot.planArea(),
                snapshot.status(), snapshot.interProvincial(), snapshot.cluster(), snapshot.spatialElement(),
                snapshot.plannedInvestment().total(), snapshot.plannedStart(), snapshot.plannedEnd(),
                snapshot.needsReview(), snapshot.proposedBy(), snapshot.proposedByPerson(),
                snapshot.proposedAt().atOffset(ZoneOffset.UTC),
                snapshot.version(), snapshot.changedAt().atOffset(ZoneOffset.UTC), EventJson.writeString(snapshot));
        jdbc.batchUpdate("INSERT INTO project_participant (project_id, county_code, role, province_code) "
                + "VALUES (?, ?, ?, ?)", snapshot.participants(), 100, (ps, participant) -> {
                    ps.setString(1, project.id());
                    ps.setString(2, participant.countyCode());
                    ps.setString(3, participant.role());
                    ps.setString(4, participant.provinceCode());
                });
        jdbc.batchUpdate("INSERT INTO project_funding (project_id, source, amount) VALUES (?, ?, ?)",
                snapshot.plannedInvestment().bySource(), 100, (ps, funding) -> {
                    ps.setString(1, project.id());
                    ps.setString(2, funding.source());
                    ps.setBigDecimal(3, funding.amount());
                });
        insertNewDecisions(project);
    }

    @Override
    public void update(Project project, long expectedVersion) {
        ProjectSnapshot snapshot = ProjectSnapshots.of(project);
        int updated = jdbc.update("""
                UPDATE project SET status = ?, needs_review = ?, version = ?, changed_at = ?, snapshot = ?
                WHERE id = ? AND version = ?""", snapshot.status(), snapshot.needsReview(), snapshot.version(),
                snapshot.changedAt().atOffset(ZoneOffset.UTC), EventJson.writeString(snapshot), project.id(),
                expectedVersion);
        if (updated != 1) {
            long current = jdbc.queryForObject("SELECT version FROM project WHERE id = ?", Long.class, project.id());
            throw new StaleVersionException(expectedVersion, current);
        }
        insertNewDecisions(project);
    }

    @Override
    public void appendHistory(ProjectChange change, ProjectSnapshot snapshot) {
        jdbc.update("""
                INSERT INTO project_change (project_id, version, change_type, actor, person, changed_at, reason,
                change, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", change.projectId(), change.version(),
                change.type().name(), change.actor().agency(), change.actor().person(),
                change.at().atOffset(ZoneOffset.UTC), change.reason(),
                EventJson.writeString(ProjectSnapshots.change(change)), EventJson.writeString(snapshot));
    }

    @Override
    public List<ProjectEvent.Change> history(String id) {
        return jdbc.query("SELECT change FROM project_change WHERE project_id = ? ORDER BY version",
                (rs, n) -> EventJson.read(rs.getString("change").getBytes(StandardCharsets.UTF_8),
                        ProjectEvent.Change.class), id);
    }

    /** Decisions only ever grow; the table's key refuses a second decision of a province. */
    private void insertNewDecisions(Project project) {
        Set<String> stored = new HashSet<>(jdbc.queryForList(
                "SELECT province_code FROM project_decision WHERE project_id = ?", String.class, project.id()));
        List<ProvinceDecision> fresh = project.decisions().stream()
                .filter(d -> !stored.contains(d.province().code())).toList();
        jdbc.batchUpdate("INSERT INTO project_decision (project_id, province_code, decision, actor, person, "
                + "decided_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", fresh, 10, (ps, decision) -> {
                    ps.setString(1, project.id());
                    ps.setString(2, decision.province().code());
                    ps.setString(3, decision.decision().name());
                    ps.setString(4, decision.actor().agency());
                    ps.setString(5, decision.actor().person());
                    ps.setObject(6, decision.decidedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(7, decision.reason());
                });
    }
}
