package it.cassetto.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, with Flyway, when the application
 * starts and before anything uses JPA. The schema is only ever changed by the versioned scripts in
 * {@code src/main/resources/db/migration}; JPA never generates DDL. Startup beans that read or write
 * data declare {@code @DependsOn("DatabaseMigrations")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** The schema version reached at start. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
