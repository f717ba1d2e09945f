package it.cassetto.testing;

import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.Set;

/**
 * Stands in for {@link CurrentUser} in Arquillian deployments, where tests call services directly
 * rather than through a Keycloak login: a test says whom it acts as, for the current request only.
 * The services' own role and position checks run unchanged.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class TestCaller extends CurrentUser {

    private CallerIdentity actingAs;

    /** Makes the rest of this request run as {@code caller}. */
    public void actAs(CallerIdentity caller) {
        this.actingAs = caller;
    }

    /** Makes the rest of this request run as the given user with the given roles. */
    public void actAs(String username, String fiscalCode, Role... roles) {
        actAs(new CallerIdentity(username, username, fiscalCode, Set.of(roles)));
    }

    /** Makes the rest of this request anonymous. */
    public void anonymous() {
        this.actingAs = null;
    }

    @Override
    public Optional<CallerIdentity> identity() {
        return Optional.ofNullable(actingAs);
    }
}
