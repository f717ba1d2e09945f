package it.cassetto.app.health;

import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when MariaDB answers within two seconds; reports the schema version Flyway reached. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database")
                    .status(valid)
                    .withData("schemaVersion", migrations.schemaVersion())
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
