package it.cassetto.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.delegation.internal.ReachQueries;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DelegationServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    DelegationService service;

    @BeforeEach
    void wireWithFakeQueries() {
        service = new DelegationService();
        service.queries = new ReachQueries() {
            @Override
            public Set<Long> officesOf(CallerIdentity caller) {
                return Set.of(1L);
            }

            @Override
            public Set<Long> contributorsDelegatingTo(CallerIdentity caller, LocalDate today) {
                return Set.of(30L);
            }

            @Override
            public Set<Long> positionsDelegatedTo(CallerIdentity caller, LocalDate today, int max) {
                return Set.of(5L, 6L);
            }

            @Override
            public Set<Long> positionsSubDelegatedTo(CallerIdentity caller, LocalDate today, int max) {
                return Set.of(5L);
            }
        };
    }

    static CallerIdentity caller(Role... roles) {
        return new CallerIdentity("user", "User", "RSSMRA75C12H501H", Set.of(roles));
    }

    @Test
    void theSupervisor_reachesEveryPosition() {
        assertThat(service.reach(caller(Role.SUPERVISOR), TODAY).everyPosition()).isTrue();
    }

    @Test
    void anOperator_reachesTheirOfficesOnly() {
        PositionReach reach = service.reach(caller(Role.OPERATOR), TODAY);
        assertThat(reach.officeIds()).containsExactly(1L);
        assertThat(reach.positionIds()).isEmpty();
        assertThat(reach.legalRepresentativeFiscalCode()).isNull();
    }

    @Test
    void anEmployer_reachesByTheirFiscalCodeAsLegalRepresentative() {
        PositionReach reach = service.reach(caller(Role.EMPLOYER), TODAY);
        assertThat(reach.legalRepresentativeFiscalCode()).isEqualTo("RSSMRA75C12H501H");
        assertThat(reach.officeIds()).isEmpty();
    }

    @Test
    void anEntityEmployee_reachesTheDelegatingContributors() {
        assertThat(service.reach(caller(Role.ENTITY_EMPLOYEE), TODAY).contributorIds()).containsExactly(30L);
    }

    @Test
    void anIntermediary_reachesDelegatedPositions_andStaffSubDelegatedOnes() {
        assertThat(service.reach(caller(Role.INTERMEDIARY), TODAY).positionIds()).containsExactlyInAnyOrder(5L, 6L);
        assertThat(service.reach(caller(Role.INTERMEDIARY_STAFF), TODAY).positionIds()).containsExactly(5L);
    }

    @Test
    void aCallerWithoutRoles_reachesNothing() {
        assertThat(service.reach(caller(), TODAY).isEmpty()).isTrue();
    }
}
