package zone.xianggan.indicators.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import zone.xianggan.testsupport.TestDatabase;

/**
 * Values reported before V4, when value_revision held every revision, keep their whole history once
 * current_value holds the latest revision and value_revision the superseded ones.
 */
class CurrentValueLayoutMigrationIT {

    @Test
    void everyRevisionReportedBeforeTheChangeIsStillInTheHistory() {
        TestDatabase database = TestDatabase.fresh("value-layout");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
                database.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource).target("3").load().migrate();
        String revision = """
                INSERT INTO value_revision (county_code, indicator_code, period, revision, figure, previous_value,
                reported_by, reported_at, reason) VALUES (?, 'RESIDENT_POPULATION', '2021', ?, ?, ?, 'a',
                TIMESTAMP WITH TIME ZONE '2022-03-01 00:00:00+00', ?)""";
        jdbc.update(revision, "430181", 1, 1443000, null, null);
        jdbc.update(revision, "430181", 2, 1446100, 1443000, "survey");
        jdbc.update(revision, "360302", 1, 500000, null, null);
        String current = """
                INSERT INTO current_value (county_code, indicator_code, period, period_start, revision, figure,
                reported_by, reported_at, reason) VALUES (?, 'RESIDENT_POPULATION', '2021', DATE '2021-01-01', ?, ?,
                'a', TIMESTAMP WITH TIME ZONE '2022-03-01 00:00:00+00', ?)""";
        jdbc.update(current, "430181", 2, 1446100, "survey");
        jdbc.update(current, "360302", 1, 500000, null);

        flyway(dataSource).load().migrate();

        List<Map<String, Object>> superseded = jdbc.queryForList(
                "SELECT county_code, revision FROM value_revision ORDER BY county_code, revision");
        assertThat(superseded).containsExactly(Map.of("county_code", "430181", "revision", 1));
        assertThat(jdbc.queryForObject("SELECT previous_value FROM current_value WHERE county_code = '430181'",
                BigDecimal.class)).isEqualByComparingTo("1443000");
        assertThat(jdbc.queryForObject("SELECT previous_value FROM current_value WHERE county_code = '360302'",
                BigDecimal.class)).isNull();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource source) {
        return Flyway.configure().dataSource(source).locations("classpath:db/migration");
    }
}
