package zone.xianggan.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import zone.xianggan.testsupport.TestDatabase;

/**
 * Indicators and targets changed before V7 name who made their current version as their history entry does, and
 * those a migration entered and nobody changed since are the zone's own ({@code system:seed}).
 */
class ChangedByMigrationIT {

    @Test
    void eachIndicatorOrTargetIsAttributedAsItsCurrentVersionWasRecorded() {
        TestDatabase database = TestDatabase.fresh("changed-by");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
                database.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource).target("6").load().migrate();
        // GDP published at start-up, then revised by the zone office; every other indicator still to be published.
        String change = """
                INSERT INTO indicator_change (indicator_code, version, change_type, actor, changed_at, changes,
                snapshot) VALUES ('GDP', ?, ?, ?, CURRENT_TIMESTAMP, '{}', '{}')""";
        jdbc.update(change, 1, "SEEDED", "system:seed");
        jdbc.update(change, 2, "REVISED", "zone-office/catalogue");
        jdbc.update("UPDATE indicator SET version = 2 WHERE code = 'GDP'");
        jdbc.update("UPDATE target SET version = 2, target_value = 60000, target_source = 'x' "
                + "WHERE id = '2035-happy-life'");
        jdbc.update("""
                INSERT INTO target_change (target_id, version, actor, changed_at, snapshot)
                VALUES ('2035-happy-life', 2, 'planner', CURRENT_TIMESTAMP, '{}')""");

        flyway(dataSource).load().migrate();

        assertThat(jdbc.queryForObject("SELECT changed_by FROM indicator WHERE code = 'GDP'", String.class))
                .isEqualTo("zone-office/catalogue");
        assertThat(jdbc.queryForList("SELECT DISTINCT changed_by FROM indicator WHERE code <> 'GDP'", String.class))
                .containsExactly("system:seed");
        assertThat(jdbc.queryForObject("SELECT changed_by FROM target WHERE id = '2035-happy-life'", String.class))
                .isEqualTo("planner");
        assertThat(jdbc.queryForList("SELECT DISTINCT changed_by FROM target WHERE id <> '2035-happy-life'",
                String.class)).containsExactly("system:seed");
        List<Map<String, Object>> persons = jdbc.queryForList("""
                SELECT changed_by_person AS person FROM indicator UNION ALL SELECT person FROM indicator_change
                UNION ALL SELECT changed_by_person FROM target UNION ALL SELECT person FROM target_change""");
        assertThat(persons).as("nobody named a person before").allSatisfy(row -> assertThat(row.values())
                .containsOnlyNulls());
    }

    private static FluentConfiguration flyway(DriverManagerDataSource source) {
        return Flyway.configure().dataSource(source).locations("classpath:db/migration");
    }
}
