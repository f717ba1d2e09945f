package it.cassetto.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.shared.i18n.SupportedLanguage;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.security.NotAuthenticatedException;
import it.cassetto.shared.security.Role;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's persistence path on the real stack: Payara Micro, the MariaDB of the test stack,
 * Flyway migrations applied at deployment, and a CDI service writing and reading through JPA.
 */
@ExtendWith(ArquillianExtension.class)
class UserPreferenceServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.kernel("preferences").addPackages(true, "it.cassetto.preferences");
    }

    @Inject
    UserPreferenceService preferences;

    @Inject
    TestCaller caller;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void migrationsAreAppliedWhenThePortalIsDeployed() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertThat(rows.next()).as("V1 recorded by Flyway").isTrue();
            assertThat(rows.getBoolean("success")).isTrue();
        }
    }

    @Test
    void aUserWhoNeverChose_hasNoPreferredLanguage() {
        caller.actAs(newUsername(), null, Role.INTERMEDIARY);
        assertThat(preferences.preferredLanguage()).isEmpty();
    }

    @Test
    void aChosenLanguage_isStoredAndReadBack() {
        caller.actAs(newUsername(), null, Role.INTERMEDIARY);
        preferences.changeLanguage(SupportedLanguage.ENGLISH);
        assertThat(preferences.preferredLanguage()).contains(SupportedLanguage.ENGLISH);

        preferences.changeLanguage(SupportedLanguage.ITALIAN);
        assertThat(preferences.preferredLanguage()).contains(SupportedLanguage.ITALIAN);
    }

    @Test
    void oneUsersChoice_doesNotChangeAnothers() {
        String first = newUsername();
        String second = newUsername();
        caller.actAs(first, null, Role.OPERATOR);
        preferences.changeLanguage(SupportedLanguage.ENGLISH);

        caller.actAs(second, null, Role.OPERATOR);
        assertThat(preferences.preferredLanguage()).isEmpty();
    }

    @Test
    void anAnonymousCaller_isRefused() {
        caller.anonymous();
        assertThatThrownBy(() -> preferences.changeLanguage(SupportedLanguage.ENGLISH))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    private static String newUsername() {
        return "it-" + UUID.randomUUID();
    }
}
