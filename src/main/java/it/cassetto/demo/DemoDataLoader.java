package it.cassetto.demo;

import it.cassetto.demo.internal.DemoRequests;
import it.cassetto.shared.persistence.CassettoDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the small demo dataset at startup, after the migrations, when {@code cassetto.demo-data.enabled}
 * is true (env CASSETTO_DEMO_DATA_ENABLED; default false) and there are no positions yet. Never in
 * production: the flag stays off there.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "cassetto.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "cassetto.demo-data.seed", defaultValue = "" + DemoDataGenerator.DEFAULT_SEED)
    long seed;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            Map<String, Long> counts = loadSmallIfEmpty(connection, seed);
            if (counts.isEmpty()) {
                LOG.info("Demo data not loaded: there are positions already");
            } else {
                LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + counts);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the demo data", e);
        }
    }

    /**
     * Loads the small demo dataset, dated today in Rome, unless there are positions already; returns the
     * rows inserted per table (empty when nothing was loaded). Also used by the integration tests.
     */
    public static Map<String, Long> loadSmallIfEmpty(Connection connection, long seed) throws Exception {
        if (hasPositions(connection)) {
            return Map.of();
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>(
                new DemoDataGenerator(seed, DemoDataSize.SMALL, LocalDate.now(ZoneId.of("Europe/Rome")))
                        .insert(connection));
        DemoRequests.insert(connection, java.time.Instant.now());
        counts.put("service_request", 6L);
        return counts;
    }

    private static boolean hasPositions(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM contribution_position LIMIT 1")) {
            return rows.next();
        }
    }
}
