package zone.xianggan.identity.agency.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.identity.Accounts;
import zone.xianggan.identity.Refusals;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.testsupport.TestDatabase;

/**
 * The agencies as the database keeps them, where two registrations of one id may both have found it free: the
 * second insert is the same refusal as an id found taken, and leaves the first agency as it was stored.
 */
class JdbcAgenciesIT {

    private JdbcTemplate jdbc;
    private JdbcAgencies agencies;

    @BeforeEach
    void freshDatabase() {
        TestDatabase database = TestDatabase.fresh("agencies");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
                database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        agencies = new JdbcAgencies(jdbc, JsonMapper.builder().build());
    }

    @Test
    void anIdInsertedMeanwhileIsAConflictNamingTheId() {
        agencies.insert(Accounts.liuyang());

        assertThatThrownBy(() -> agencies.insert(Accounts.liuyang())).satisfies(Refusals.conflictOver("id"));
    }

    @Test
    void anIdInsertedMeanwhileKeepsTheAgencyFirstStored() {
        AgencyAccount first = Accounts.liuyang();
        agencies.insert(first);

        assertThatThrownBy(() -> agencies.insert(Accounts.disabled(Accounts.liuyang())))
                .isInstanceOf(ConflictException.class);

        assertThat(agencies.find("liuyang")).contains(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency", Long.class)).isEqualTo(1);
    }
}
