package it.cassetto.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the portal's one data source, a pooled MariaDB connection whose address and credentials
 * Payara reads from the environment when it deploys the application ({@code CASSETTO_DB_URL},
 * {@code CASSETTO_DB_USER}, {@code CASSETTO_DB_PASSWORD}). Application-level MicroProfile Config comes
 * too late for this substitution, so these three are plain environment variables.
 */
@DataSourceDefinition(
        name = CassettoDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${ENV=CASSETTO_DB_URL}",
        user = "${ENV=CASSETTO_DB_USER}",
        password = "${ENV=CASSETTO_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-leak-timeout-in-seconds=60",
                "fish.payara.connection-leak-reclaim=true"
        })
@ApplicationScoped
public class CassettoDataSource {

    /** Where the data source is bound; persistence.xml and the migrations use it. */
    public static final String JNDI_NAME = "java:app/jdbc/cassetto";
}
