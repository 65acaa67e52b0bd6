package zone.xianggan.platform.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The tables a shared module owns (the outbox, the registry replica), migrated by Flyway from the module's own
 * {@code db/<module>} folder with its own history table. The module's versions then never collide with the
 * service's {@code db/migration}, and the same SQL runs in every service, on H2 and on PostgreSQL.
 */
public final class ModuleSchema {

    private final String module;

    private ModuleSchema(String module) {
        this.module = module;
    }

    public static ModuleSchema migrate(DataSource dataSource, String module) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + module)
                .table("flyway_history_" + module.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new ModuleSchema(module);
    }

    public String module() {
        return module;
    }
}
