package it.cassetto.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {

    @Test
    void aBlankDisplayNameFallsBackToTheUsername() {
        CallerIdentity caller = new CallerIdentity("intermediario", " ", null, Set.of(Role.INTERMEDIARY));
        assertThat(caller.displayName()).isEqualTo("intermediario");
    }

    @Test
    void theMainRoleIsTheFirstInDeclarationOrder() {
        CallerIdentity caller = new CallerIdentity("x", "X", null, Set.of(Role.SUPERVISOR, Role.OPERATOR));
        assertThat(caller.mainRole()).contains(Role.OPERATOR);
    }

    @Test
    void aCallerWithoutRolesHasNoMainRole() {
        assertThat(new CallerIdentity("x", "X", null, Set.of()).mainRole()).isEmpty();
    }

    @Test
    void roleNamesMatchTheKeycloakRealm() {
        assertThat(Role.fromRoleName("intermediary-staff")).contains(Role.INTERMEDIARY_STAFF);
        assertThat(Role.fromRoleName("admin")).isEmpty();
    }
}
